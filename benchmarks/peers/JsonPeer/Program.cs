using System.Globalization;
using SdgMap.Benchmarks.Peers;

// JSON peers of SdgMap's load and save: Newtonsoft.Json into JObject trees, and the
// tokenise-only Utf8JsonReader floor that no loader building objects can beat.
if (args.Length < 3 || args[0] is not ("newtonsoft" or "utf8jsonreader"))
{
    Console.Error.WriteLine("usage: JsonPeer newtonsoft|utf8jsonreader CORPUS_DIR OUT_DIR [RUNS]");
    return 2;
}

var output = args[2];
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
Directory.CreateDirectory(output);

// The same files as SdgMap's side, read once and untimed: parsing is measured from memory.
var files = Directory.EnumerateFiles(args[1], "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
var bytes = files.Select(File.ReadAllBytes).ToArray();
var combined = File.ReadAllBytes(Path.Combine(args[1], "all-plans.jsonarray"));
if (args[0] == "newtonsoft")
{
    NewtonsoftPeer.Run(bytes, combined, output, runs);
}
else
{
    TokenFloor.Run(bytes, combined, output, runs);
}

return 0;
