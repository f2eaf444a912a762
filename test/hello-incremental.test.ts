// The hand-made ClientHello's answer is read incrementally: every byte the server sends is looked
// at once. Re-parsing the answer from its start on every chunk made a server that trickles empty
// records cost ~10 s of CPU per endpoint (bounded only by the 64 KB cap).
import * as net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerReader, probeHello, readAnswer, TLS12 } from '../src/tls/hello.js';

const EMPTY_RECORD = Buffer.from([0x16, 0x03, 0x03, 0x00, 0x00]);

/** A ServerHello choosing `suite`, split over records of `recordSize` handshake bytes. */
function serverHello(suite: number, recordSize: number): Buffer {
  const body = Buffer.concat([Buffer.from([0x03, 0x03]), Buffer.alloc(32, 7), Buffer.from([4, 1, 2, 3, 4]), Buffer.from([suite >> 8, suite & 0xff, 0])]);
  const hs = Buffer.concat([Buffer.from([2, 0, body.length >> 8, body.length & 0xff]), body]);
  const records: Buffer[] = [];
  for (let i = 0; i < hs.length; i += recordSize) {
    const part = hs.subarray(i, i + recordSize);
    records.push(Buffer.from([0x16, 0x03, 0x03, part.length >> 8, part.length & 0xff]), part);
  }
  return Buffer.concat(records);
}

describe('AnswerReader', () => {
  it('reads a ServerHello split over records and chunks of any size, the same as in one piece', () => {
    const wire = Buffer.concat([EMPTY_RECORD, EMPTY_RECORD, serverHello(0x000a, 3)]);
    const whole = readAnswer(wire);
    expect(whole).toMatchObject({ kind: 'hello', version: 0x0303, suite: 0x000a });
    for (const size of [1, 2, 5, 7, 64]) {
      const reader = new AnswerReader();
      let last = reader.push(Buffer.alloc(0));
      for (let i = 0; i < wire.length && last.kind === 'more'; i += size) last = reader.push(wire.subarray(i, i + size));
      expect(last).toMatchObject({ kind: 'hello', suite: 0x000a });
    }
  });

  it('an alert, a non-handshake record, an oversized record and a message other than ServerHello are refusals', () => {
    expect(readAnswer(Buffer.from([0x15, 3, 3, 0, 2, 2, 40]))).toEqual({ kind: 'refused', why: 'alert 40' });
    expect(readAnswer(Buffer.concat([EMPTY_RECORD, Buffer.from([0x15, 3, 3, 0, 2])]))).toEqual({ kind: 'refused', why: 'an alert' });
    expect(readAnswer(Buffer.from('HTTP/1.1 400 Bad Request\r\n'))).toEqual({ kind: 'refused', why: 'not a TLS handshake answer' });
    expect(readAnswer(Buffer.from([0x16, 3, 3, 0x48, 0x01]))).toEqual({ kind: 'refused', why: 'not a TLS handshake answer' });
    expect(readAnswer(Buffer.from([0x16, 3, 3, 0, 4, 11, 0, 0, 0]))).toMatchObject({ kind: 'refused', why: 'handshake message 11 instead of a ServerHello' });
    expect(readAnswer(Buffer.from([0x16, 3, 3]))).toEqual({ kind: 'more' });
  });

  it('64 KB of empty records, one byte per chunk, cost work in proportion to the bytes', () => {
    const trickle = Buffer.concat(Array.from({ length: 13_108 }, () => EMPTY_RECORD));
    const reader = new AnswerReader();
    const started = process.cpuUsage();
    let answers = 0;
    for (let i = 0; i < trickle.length; i++) if (reader.push(trickle.subarray(i, i + 1)).kind === 'more') answers++;
    const cpu = process.cpuUsage(started);
    expect(answers).toBe(trickle.length);
    expect(reader.received).toBe(trickle.length);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2000); // a few ms; seconds when re-parsed per chunk
  });
});

describe('a server trickling empty records', () => {
  let server: net.Server;
  let port: number;
  beforeAll(async () => {
    server = net.createServer((socket) => {
      socket.setNoDelay(true);
      socket.on('error', () => undefined);
      socket.once('data', () => {
        let sent = 0;
        const drip = () => {
          if (socket.destroyed || sent > 70_000) return;
          // a burst of a few records per write, many writes: the client sees thousands of chunks
          socket.write(Buffer.concat([EMPTY_RECORD, EMPTY_RECORD]));
          sent += 10;
          setImmediate(drip);
        };
        drip();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is given up at the 64 KB cap, in bounded CPU', async () => {
    const started = process.cpuUsage();
    const r = await probeHello({ address: '127.0.0.1', port, servername: 'a.test', version: TLS12, suites: [0x000a], timeoutMs: 20_000 });
    const cpu = process.cpuUsage(started);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/No usable answer in the first 64 KB/);
    // the server's own writes are in this process too; the client's reading was seconds before
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(4000);
  }, 30_000);
});
