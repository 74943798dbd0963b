using SdgMap.Serialization;

namespace SdgMap.Tests.Cli;

/// <summary>The command line run in-process, and shipped plans copied where a test may write them.</summary>
internal static class CliRun
{
    /// <summary>Runs <c>sdgmap</c> with <paramref name="args"/>: the exit code and what it wrote to standard output and error.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SdgMap.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A copy of the shipped plan of <paramref name="municipality"/> in <paramref name="folder"/>, so writing never touches the repository.</summary>
    public static string CopyShippedPlan(string folder, string municipality)
    {
        var source = RepoPaths.ShippedPlans().Single(p => PlanJson.Load(p).Plan.Municipality.Name == municipality);
        var target = Path.Combine(folder, Path.GetFileName(source));
        File.Copy(source, target);
        return target;
    }
}
