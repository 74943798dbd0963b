// Command neardup-go runs github.com/ekzhu/minhash-lsh on the texts SdgMap exports
// (benchmarks/peers/neardup): character 2-gram shingles, the library's MinHash and LSH
// index with SdgMap's bands × rows, every candidate verified by exact Jaccard.
//
// Usage: neardup-go FOLDER   (reads texts.txt and params.txt, writes go-pairs.tsv and go.ms)
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	minhashlsh "github.com/ekzhu/minhash-lsh"
)

const seed = 2026

type params struct {
	hashes, bands, rows int
	threshold           float64
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: neardup-go FOLDER")
		os.Exit(2)
	}
	folder := os.Args[1]
	p := readParams(filepath.Join(folder, "params.txt"))
	texts := readLines(filepath.Join(folder, "texts.txt"))

	// The library picks bands and rows itself from the threshold it is built with, by weighing false
	// positives against false negatives; SdgMap's banding comes from a different rule. The threshold
	// handed to the constructor is therefore searched for the one that makes the library pick SdgMap's
	// bands × rows. It steers only the banding: pairs are kept by exact Jaccard at p.threshold.
	lshThreshold, err := thresholdFor(p)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	cpuStart := cpuTime()
	start := time.Now()
	sets := make([][]string, len(texts))
	sigs := make([][]uint64, len(texts))
	parallel(len(texts), func(i int) {
		sets[i] = shingles(texts[i])
		if len(sets[i]) == 0 {
			return
		}
		mh := minhashlsh.NewMinhash(seed, p.hashes)
		for _, s := range sets[i] {
			mh.Push([]byte(s))
		}
		sigs[i] = mh.Signature()
	})

	index := minhashlsh.NewMinhashLSH64(p.hashes, lshThreshold)
	for i, sig := range sigs {
		if sig != nil {
			index.Add(i, sig)
		}
	}
	index.Index()

	found := make([][][2]int, len(texts))
	parallel(len(texts), func(i int) {
		if sigs[i] == nil {
			return
		}
		for _, key := range index.Query(sigs[i]) {
			j := key.(int)
			if j > i && jaccard(sets[i], sets[j]) >= p.threshold {
				found[i] = append(found[i], [2]int{i, j})
			}
		}
		sort.Slice(found[i], func(a, b int) bool { return found[i][a][1] < found[i][b][1] })
	})
	elapsed := time.Since(start)
	cpu := cpuTime() - cpuStart

	out, err := os.Create(filepath.Join(folder, "go-pairs.tsv"))
	check(err)
	w := bufio.NewWriter(out)
	pairs := 0
	for _, row := range found {
		for _, pair := range row {
			fmt.Fprintf(w, "%d\t%d\n", pair[0], pair[1])
			pairs++
		}
	}
	check(w.Flush())
	check(out.Close())
	ms := elapsed.Milliseconds()
	check(os.WriteFile(filepath.Join(folder, "go.ms"), []byte(fmt.Sprint(ms)), 0o644))
	k, l := index.Params()
	fmt.Printf("tool=go texts=%d pairs=%d ms=%d cpu_ms=%d banding=%dx%d lsh_threshold=%.3f\n", len(texts), pairs, ms, cpu.Milliseconds(), l, k, lshThreshold)
}

// cpuTime is the processor time the process has used: on a shared machine wall time also counts
// waiting for a core.
func cpuTime() time.Duration {
	var usage syscall.Rusage
	check(syscall.Getrusage(syscall.RUSAGE_SELF, &usage))
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

// thresholdFor finds a constructor threshold for which the library chooses p.bands bands of p.rows rows.
func thresholdFor(p params) (float64, error) {
	for t := 0.300; t < 0.990; t += 0.005 {
		k, l := minhashlsh.NewMinhashLSH64(p.hashes, t).Params()
		if k == p.rows && l == p.bands {
			return t, nil
		}
	}
	return 0, fmt.Errorf("no threshold makes minhash-lsh choose %d bands × %d rows of %d hashes", p.bands, p.rows, p.hashes)
}

// shingles returns the distinct character 2-grams of an already normalised text, sorted; a
// one-character text has itself as its one shingle, as in SdgMap.
func shingles(text string) []string {
	runes := []rune(text)
	if len(runes) == 1 {
		return []string{text}
	}
	seen := make(map[string]struct{}, len(runes))
	for i := 0; i+1 < len(runes); i++ {
		seen[string(runes[i:i+2])] = struct{}{}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// jaccard is |A ∩ B| / |A ∪ B| of two sorted, distinct sets.
func jaccard(a, b []string) float64 {
	shared, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	if shared == 0 {
		return 0
	}
	return float64(shared) / float64(len(a)+len(b)-shared)
}

// parallel calls body for 0..n-1 on one goroutine per core, each taking a contiguous stripe.
func parallel(n int, body func(int)) {
	workers := runtime.NumCPU()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				body(i)
			}
		}(w)
	}
	wg.Wait()
}

func readParams(path string) params {
	data, err := os.ReadFile(path)
	check(err)
	var p params
	_, err = fmt.Sscanf(strings.TrimSpace(string(data)), "hashes=%d bands=%d rows=%d threshold=%g", &p.hashes, &p.bands, &p.rows, &p.threshold)
	check(err)
	return p
}

func readLines(path string) []string {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	var lines []string
	scanner := bufio.NewScanner(f)
	scanner.Buffer(make([]byte, 1<<20), 1<<26)
	for scanner.Scan() {
		lines = append(lines, scanner.Text())
	}
	check(scanner.Err())
	return lines
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
