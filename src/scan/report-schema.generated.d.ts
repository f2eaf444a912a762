// Types of the validator scripts/report-schema.mjs generates from schema/report-v1.schema.json.
export interface SchemaError {
  /** JSON pointer of the value that fails */
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export declare const validate: Validator;
export default validate;
