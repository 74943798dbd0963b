using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SdgMap.Queries;
using SdgMap.Tests.Seeds;

namespace SdgMap.Tests.Export;

/// <summary>Headless Chromium, when installed (Debian <c>chromium</c>); CI installs it, and these tests fail there rather than skip.</summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    /// <summary>Why browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason =>
        Path is not null || Environment.GetEnvironmentVariable("SDGMAP_REQUIRE_BROWSER") == "1"
            ? null
            : "chromium is not installed (apt-get install -y chromium fonts-noto-cjk); .ci/run installs it and runs this test";

    /// <summary>Runs Chromium headless, offline-minded and in a fresh profile, and returns its standard output.</summary>
    public static string Run(string profile, params string[] args)
    {
        Assert.True(Path is not null, "chromium is required (SDGMAP_REQUIRE_BROWSER=1) but not on PATH");
        var start = new ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", $"--user-data-dir={profile}", .. args])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "chromium did not finish in 120 s");
        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that runs only where Chromium is installed, or where CI requires it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}

public class BrowserReportTests
{
    [BrowserFact]
    public void ShippedPlansReport_RendersInChromium_WithSeventeenGoalColumnsThePlansAndTheQueriesCounts_AndLoadsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-browser-");
        try
        {
            var report = Path.Combine(folder.FullName, "report.html");
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, SdgMap.Cli.Cli.Run(["report", RepoPaths.Plans, "-o", report], stdout, stderr));
            var url = new Uri(report).AbsoluteUri;
            var netLog = Path.Combine(folder.FullName, "net.json");
            var dom = Chromium.Run(Path.Combine(folder.FullName, "profile-dom"), $"--log-net-log={netLog}", "--dump-dom", url);

            // The rendered DOM: every goal heatmap has 17 columns; the five municipalities; the matrix's counts.
            var heatmaps = Regex.Matches(dom, "<svg class=\"heatmap\".*?</svg>", RegexOptions.Singleline).Select(m => m.Value).ToList();
            Assert.True(heatmaps.Count >= 7, $"{heatmaps.Count} heatmaps in the rendered DOM");
            Assert.All(heatmaps, h => Assert.Equal(17, Regex.Count(h, "<g class=\"column\"")));
            foreach (var name in (string[])["志木市", "三郷市", "清瀬市", "北本市", "久喜市"])
            {
                Assert.Contains($">{name}</text>", heatmaps[0], StringComparison.Ordinal);
            }

            var matrix = SeedPlans.Graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
            var rows = Regex.Matches(heatmaps[0], "<g class=\"row\".*?</g>", RegexOptions.Singleline).Select(m => m.Value).ToList();
            Assert.Equal(matrix.Rows.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var counts = Regex.Matches(rows[r], "<text class=\"count\"[^>]*>([0-9]+)</text>").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                Assert.Equal(Enumerable.Range(0, 17).Select(c => matrix.Count(r, c)), counts);
            }

            var kuki = SeedPlans.Graph.Coverage(SdgLevel.Target, new QueryScope { Plans = ["kuki-2nd-plan-basic-plan-goals-7-8-draft"] }).Where(c => c.Covered).ToList();
            var drill = Regex.Match(dom, "<svg class=\"targets\"[^>]*data-plan=\"kuki-2nd-plan-basic-plan-goals-7-8-draft\".*?</svg>", RegexOptions.Singleline).Value;
            Assert.Equal(kuki.Select(c => (c.Sdg.ToString(), c.Count)), Regex.Matches(drill, "data-target=\"([^\"]+)\" data-state=\"covered\" data-count=\"([0-9]+)\"").Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))));

            // Nothing in the page names or fetches an http(s) resource: no such attribute in the DOM, and no request the page started.
            Assert.DoesNotMatch("(src|href|srcset|data)=\"https?:", dom);
            Assert.DoesNotContain("url(http", dom, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(PageRequests(netLog), u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase));

            // A screenshot renders: a PNG of the window's size with more than blank pixels in it.
            var png = Path.Combine(folder.FullName, "report.png");
            Chromium.Run(Path.Combine(folder.FullName, "profile-shot"), "--hide-scrollbars", "--window-size=1200,1600", $"--screenshot={png}", url);
            var bytes = File.ReadAllBytes(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.Equal((1200, 1600), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
            Assert.True(bytes.Length > 50_000, $"the screenshot is {bytes.Length} bytes: nearly blank");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [BrowserFact]
    public void PageRequests_CatchesAnImageThePageFetches_ButNotChromiumsOwnRequests()
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-browser-");
        try
        {
            var page = Path.Combine(folder.FullName, "fetching.html");
            File.WriteAllText(page, "<html><body><img src=\"http://127.0.0.1:9/x.png\"></body></html>");
            var netLog = Path.Combine(folder.FullName, "net.json");
            Chromium.Run(Path.Combine(folder.FullName, "profile"), $"--log-net-log={netLog}", "--dump-dom", new Uri(page).AbsoluteUri);

            Assert.Contains("http://127.0.0.1:9/x.png", PageRequests(netLog));
            Assert.DoesNotContain(PageRequests(netLog), u => u.Contains("google", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The URLs of the requests the page itself started; Chromium's own (updates, time) carry no initiator origin.</summary>
    private static List<string> PageRequests(string netLog)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(netLog));
        var startJob = json.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var urls = new List<string>();
        foreach (var e in json.RootElement.GetProperty("events").EnumerateArray())
        {
            if (e.GetProperty("type").GetInt32() == startJob && e.TryGetProperty("params", out var p) && p.TryGetProperty("url", out var u)
                && !(p.TryGetProperty("initiator", out var i) && i.GetString() == "not an origin"))
            {
                urls.Add(u.GetString()!);
            }
        }

        return urls;
    }
}
