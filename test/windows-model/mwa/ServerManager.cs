// A model of the part of IIS's configuration API (Microsoft.Web.Administration) that the sni-ready
// startup task uses, for running the task's PowerShell on Linux (test/windows-model/). Not IIS:
// just faithful enough to catch the faults listed in issue 8.
//
// State lives in $SNI_MODEL_DIR/iis.json, the HTTP.sys mappings in $SNI_MODEL_DIR/httpsys.json
// (shared with the fake netsh). Like the real ServerManager, an instance reads the configuration
// once when created and CommitChanges() writes it back; a commit fails when the file changed since
// (IIS: "The configuration file has been changed by another program"). On commit, like IIS (WAS),
// every https binding that the commit added or changed gets its HTTP.sys certificate mapping:
// hostnameport=<host>:<port> when sslFlags has SNI (1), else ipport=<ip or 0.0.0.0>:<port>;
// a certificate missing from the store (or without its key) fails the commit.
//
// Fabric and fault scripting (iis.json "events"): each ServerManager construction counts as one
// read; an event { atRead, site } replaces (or creates) that site as the fabric would, and
// { atRead, mappings } adds HTTP.sys mappings; "conflicts": n makes the next n commits fail as if
// a concurrent writer had changed the file; "failReads": n makes the next n ServerManager
// constructions throw, as the real one does while IIS is being installed or configured (no
// applicationHost.config / redirection.config yet).
//
// How a binding was made is logged to iis.log: "add https <info> sslFlags=<flags>" for each
// BindingCollection.Add (the overload taking SslFlags gives them at once; the older ones give None)
// and "set sslFlags=<n> on https <info> after Add" when flags change on a binding added earlier by
// this ServerManager, so tests can tell a binding created with Sni from one fixed afterwards.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Microsoft.Web.Administration
{
    internal static class Model
    {
        public const string IisAppId = "{4dc3e181-e14b-4a21-b022-59fc669b0914}";

        public static string Dir
        {
            get
            {
                var d = Environment.GetEnvironmentVariable("SNI_MODEL_DIR");
                if (string.IsNullOrEmpty(d)) throw new InvalidOperationException("SNI_MODEL_DIR is not set (Windows model)");
                return d;
            }
        }

        public static string IisFile { get { return Path.Combine(Dir, "iis.json"); } }
        public static string HttpSysFile { get { return Path.Combine(Dir, "httpsys.json"); } }

        public static JsonObject Load(string file)
        {
            return (JsonObject)JsonNode.Parse(File.ReadAllText(file));
        }

        public static void Save(string file, JsonNode node)
        {
            var tmp = file + ".tmp";
            File.WriteAllText(tmp, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            File.Move(tmp, file, true);
        }

        public static void Log(string line)
        {
            File.AppendAllText(Path.Combine(Dir, "iis.log"), line + "\n");
        }

        public static bool CertificateUsable(string hash)
        {
            using (var store = new X509Store(StoreName.My, StoreLocation.CurrentUser))
            {
                store.Open(OpenFlags.ReadOnly);
                foreach (var c in store.Certificates)
                    if (string.Equals(c.Thumbprint, hash, StringComparison.OrdinalIgnoreCase)) return c.HasPrivateKey;
            }
            return false;
        }
    }

    public sealed class ServerManager : IDisposable
    {
        private readonly JsonObject _state;
        private readonly int _version;
        private readonly SiteCollection _sites;

        public ServerManager()
        {
            var state = Model.Load(Model.IisFile);
            var failReads = state["failReads"] != null ? (int)state["failReads"] : 0;
            if (failReads > 0)
            {
                state["failReads"] = failReads - 1;
                Model.Save(Model.IisFile, state);
                Model.Log("ServerManager refused: IIS is not configured yet");
                throw new System.Runtime.InteropServices.COMException("Filename: redirection.config\r\nError: Cannot read configuration file\r\n\r\n", unchecked((int)0x80070002));
            }
            var reads = (state["reads"] != null ? (int)state["reads"] : 0) + 1;
            state["reads"] = reads;
            var changed = false;
            var events = state["events"] as JsonArray;
            if (events != null)
            {
                foreach (var e in events.ToList())
                {
                    if ((int)e["atRead"] > reads) continue;
                    events.Remove(e);
                    changed = true;
                    if (e["site"] != null)
                    {
                        var sites = (JsonArray)state["sites"];
                        var name = (string)e["site"]["name"];
                        foreach (var s in sites.ToList()) if ((string)s["name"] == name) sites.Remove(s);
                        sites.Add(e["site"].DeepClone());
                        Model.Log("fabric: wrote site " + name);
                    }
                    if (e["removeSite"] != null)
                    {
                        var sites = (JsonArray)state["sites"];
                        foreach (var s in sites.ToList()) if ((string)s["name"] == (string)e["removeSite"]) sites.Remove(s);
                        Model.Log("fabric: removed site " + (string)e["removeSite"]);
                    }
                    if (e["mappings"] != null)
                    {
                        var http = Model.Load(Model.HttpSysFile);
                        var list = (JsonArray)http["mappings"];
                        foreach (var m in (JsonArray)e["mappings"])
                        {
                            foreach (var old in list.ToList()) if ((string)old["key"] == (string)m["key"] && (string)old["kind"] == (string)m["kind"]) list.Remove(old);
                            list.Add(m.DeepClone());
                        }
                        Model.Save(Model.HttpSysFile, http);
                        Model.Log("fabric: wrote HTTP.sys mappings");
                    }
                }
            }
            if (changed) state["version"] = (state["version"] != null ? (int)state["version"] : 0) + 1;
            Model.Save(Model.IisFile, state);
            _state = (JsonObject)state.DeepClone();
            _version = _state["version"] != null ? (int)_state["version"] : 0;
            _sites = new SiteCollection((JsonArray)_state["sites"]);
        }

        public SiteCollection Sites { get { return _sites; } }

        public void CommitChanges()
        {
            var current = Model.Load(Model.IisFile);
            var conflicts = current["conflicts"] != null ? (int)current["conflicts"] : 0;
            if (conflicts > 0)
            {
                current["conflicts"] = conflicts - 1;
                current["version"] = (current["version"] != null ? (int)current["version"] : 0) + 1;
                Model.Save(Model.IisFile, current);
            }
            var version = current["version"] != null ? (int)current["version"] : 0;
            if (version != _version)
            {
                Model.Log("commit refused: the configuration changed since it was read");
                throw new InvalidOperationException("Filename: \\\\?\\C:\\Windows\\system32\\inetsrv\\config\\applicationHost.config\r\nError: The configuration file has been changed by another program");
            }
            // HTTP.sys mappings for https bindings this commit adds or changes (WAS does this on IIS).
            var before = new Dictionary<string, string>();
            foreach (var s in (JsonArray)current["sites"])
                foreach (var b in (JsonArray)s["bindings"]) before[Key(s, b)] = Sig(b);
            var wanted = new List<JsonNode>();
            foreach (var s in _sites.Json)
                foreach (var b in (JsonArray)s["bindings"])
                {
                    if (!string.Equals((string)b["protocol"], "https", StringComparison.OrdinalIgnoreCase)) continue;
                    string old;
                    if (before.TryGetValue(Key(s, b), out old) && old == Sig(b)) continue;
                    var hash = (string)b["certificateHash"] ?? "";
                    if (hash == "") continue;
                    if (!Model.CertificateUsable(hash))
                    {
                        Model.Log("commit refused: certificate " + hash + " is not in the store with its private key");
                        throw new InvalidOperationException("A specified logon session does not exist. It may already have been terminated. (Exception from HRESULT: 0x80070520)");
                    }
                    wanted.Add(b);
                }
            foreach (var s in _sites.Json)
                foreach (var b in (JsonArray)s["bindings"]) ((JsonObject)b).Remove("addedHere");
            _state["version"] = version + 1;
            _state["reads"] = current["reads"]?.DeepClone();
            _state["events"] = current["events"]?.DeepClone();
            _state["conflicts"] = current["conflicts"]?.DeepClone();
            Model.Save(Model.IisFile, _state);
            if (wanted.Count == 0) { Model.Log("committed"); return; }
            var http = Model.Load(Model.HttpSysFile);
            var list = (JsonArray)http["mappings"];
            foreach (var b in wanted)
            {
                var parts = ((string)b["bindingInformation"]).Split(':');
                var ip = parts[0];
                var port = parts[1];
                var host = parts.Length > 2 ? parts[2] : "";
                var flags = b["sslFlags"] != null ? (int)b["sslFlags"] : 0;
                string kind, key;
                if ((flags & 1) == 1 && host != "") { kind = "hostnameport"; key = host + ":" + port; }
                else { kind = "ipport"; key = (ip == "" || ip == "*" ? "0.0.0.0" : ip) + ":" + port; }
                foreach (var old in list.ToList()) if ((string)old["kind"] == kind && (string)old["key"] == key) list.Remove(old);
                var m = new JsonObject { ["kind"] = kind, ["key"] = key, ["certhash"] = ((string)b["certificateHash"]).ToUpperInvariant(), ["appid"] = Model.IisAppId, ["store"] = (string)b["certificateStoreName"] ?? "MY" };
                list.Add(m);
            }
            Model.Save(Model.HttpSysFile, http);
            Model.Log("committed (" + wanted.Count + " HTTP.sys mapping(s) written)");
        }

        private static string Key(JsonNode site, JsonNode b) { return (string)site["name"] + "|" + (string)b["protocol"] + "|" + (string)b["bindingInformation"]; }
        private static string Sig(JsonNode b) { return ((string)b["certificateHash"] ?? "") + "|" + (b["sslFlags"] != null ? (int)b["sslFlags"] : 0); }

        public void Dispose() { }
    }

    public sealed class SiteCollection : IEnumerable<Site>
    {
        internal readonly JsonArray Json;
        internal SiteCollection(JsonArray json) { Json = json; }

        public Site this[string name]
        {
            get
            {
                foreach (var s in Json) if (string.Equals((string)s["name"], name, StringComparison.OrdinalIgnoreCase)) return new Site((JsonObject)s);
                return null;
            }
        }

        public int Count { get { return Json.Count; } }
        public IEnumerator<Site> GetEnumerator() { return Json.Select(s => new Site((JsonObject)s)).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    public sealed class Site
    {
        private readonly JsonObject _json;
        internal Site(JsonObject json) { _json = json; }
        public string Name { get { return (string)_json["name"]; } }
        public long Id { get { return _json["id"] != null ? (long)_json["id"] : 1; } }
        public BindingCollection Bindings { get { return new BindingCollection((JsonArray)_json["bindings"]); } }
    }

    public class ConfigurationElement
    {
        internal readonly JsonObject Json;
        internal ConfigurationElement(JsonObject json) { Json = json; }

        public object GetAttributeValue(string name)
        {
            if (name == "sslFlags") return Json["sslFlags"] != null ? (int)Json["sslFlags"] : 0;
            var v = Json[name];
            return v == null ? null : (object)(string)v;
        }

        public void SetAttributeValue(string name, object value)
        {
            if (name == "sslFlags")
            {
                var flags = Convert.ToInt32(value);
                if (Json["addedHere"] != null)
                    Model.Log("set sslFlags=" + flags + " on " + (string)Json["protocol"] + " " + (string)Json["bindingInformation"] + " after Add");
                Json["sslFlags"] = flags;
            }
            else Json[name] = Convert.ToString(value);
        }

        public object this[string name] { get { return GetAttributeValue(name); } set { SetAttributeValue(name, value); } }
    }

    public sealed class Binding : ConfigurationElement
    {
        internal Binding(JsonObject json) : base(json) { }

        public string Protocol { get { return (string)Json["protocol"]; } set { Json["protocol"] = value; } }
        public string BindingInformation { get { return (string)Json["bindingInformation"]; } set { Json["bindingInformation"] = value; } }
        public string Host { get { var p = BindingInformation.Split(':'); return p.Length > 2 ? p[2] : ""; } }

        public byte[] CertificateHash
        {
            get
            {
                var h = (string)Json["certificateHash"];
                return string.IsNullOrEmpty(h) ? null : Convert.FromHexString(h);
            }
            set { Json["certificateHash"] = value == null ? "" : Convert.ToHexString(value); }
        }

        public string CertificateStoreName { get { return (string)Json["certificateStoreName"]; } set { Json["certificateStoreName"] = value; } }
        public SslFlags SslFlags { get { return (SslFlags)(int)GetAttributeValue("sslFlags"); } set { SetAttributeValue("sslFlags", (int)value); } }

        internal bool Same(Binding other) { return ReferenceEquals(Json, other.Json); }
    }

    [Flags]
    public enum SslFlags { None = 0, Sni = 1, CentralCertStore = 2 }

    public sealed class BindingCollection : IEnumerable<Binding>
    {
        private readonly JsonArray _json;
        internal BindingCollection(JsonArray json) { _json = json; }

        public int Count { get { return _json.Count; } }
        public Binding this[int index] { get { return new Binding((JsonObject)_json[index]); } }

        public Binding Add(string bindingInformation, string bindingProtocol)
        {
            var o = new JsonObject { ["protocol"] = bindingProtocol, ["bindingInformation"] = bindingInformation, ["sslFlags"] = 0 };
            _json.Add(o);
            return new Binding(o);
        }

        public Binding Add(string bindingInformation, byte[] certificateHash, string certificateStoreName)
        {
            return Add(bindingInformation, certificateHash, certificateStoreName, SslFlags.None);
        }

        // IIS 8+: the https binding with its SSL flags in one call.
        public Binding Add(string bindingInformation, byte[] certificateHash, string certificateStoreName, SslFlags sslFlags)
        {
            var o = new JsonObject
            {
                ["protocol"] = "https",
                ["bindingInformation"] = bindingInformation,
                ["certificateHash"] = Convert.ToHexString(certificateHash),
                ["certificateStoreName"] = certificateStoreName,
                ["sslFlags"] = (int)sslFlags,
                ["addedHere"] = true,
            };
            Model.Log("add https " + bindingInformation + " sslFlags=" + sslFlags);
            _json.Add(o);
            return new Binding(o);
        }

        public void Remove(Binding element)
        {
            foreach (var n in _json.ToList()) if (ReferenceEquals(n, element.Json)) { _json.Remove(n); return; }
            throw new ArgumentException("the binding is not in this collection");
        }

        public IEnumerator<Binding> GetEnumerator() { return _json.Select(b => new Binding((JsonObject)b)).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
}
