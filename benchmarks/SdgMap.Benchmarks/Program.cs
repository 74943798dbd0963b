using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SdgMap.Benchmarks.LoadBenchmarks).Assembly).Run(args);
