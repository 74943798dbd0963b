namespace SdgMap.Suggestions;

/// <summary>
/// An Aho–Corasick automaton over a set of normalised terms: one pass over a text finds every
/// occurrence of every term, so matching costs the same however large the lexicon grows.
/// </summary>
/// <remarks>
/// Transitions are packed per state as sorted character runs (binary-searched), the root's as a
/// dense table for the characters that start a term. Latin terms match whole words only, unless
/// they end in <c>*</c> (checked at the hit, so the automaton itself stays plain).
/// </remarks>
internal sealed class TermAutomaton
{
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly Dictionary<char, int> _root;
    private readonly int[] _fail;
    private readonly int[] _output;     // the term ending at the state, or -1
    private readonly int[] _nextOutput; // the nearest state along the failure chain with an output, or -1
    private readonly int[] _sameState; // another term ending at the same state (educat and educat*), or -1
    private readonly int[] _termLength;
    private readonly bool[] _wholeWordStart;
    private readonly bool[] _wholeWordEnd;

    public TermAutomaton(IReadOnlyList<string> terms)
    {
        Count = terms.Count;
        var children = new List<Dictionary<char, int>> { new() };
        var output = new List<int> { -1 };
        _termLength = new int[terms.Count];
        _sameState = new int[terms.Count];
        _wholeWordStart = new bool[terms.Count];
        _wholeWordEnd = new bool[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            var prefix = term.EndsWith('*');
            if (prefix)
            {
                term = term[..^1];
            }

            if (term.Length == 0)
            {
                throw new ArgumentException($"term {t} is empty.", nameof(terms));
            }

            _termLength[t] = term.Length;
            _wholeWordStart[t] = MatchText.IsLatinOrDigit(term[0]);
            _wholeWordEnd[t] = !prefix && MatchText.IsLatinOrDigit(term[^1]);
            var state = 0;
            foreach (var c in term)
            {
                if (!children[state].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children[state][c] = next;
                    children.Add(new());
                    output.Add(-1);
                }

                state = next;
            }

            _sameState[t] = output[state];
            output[state] = t;
        }

        var n = children.Count;
        _edgeStart = new int[n + 1];
        var edges = children.Sum(c => c.Count);
        _edgeChar = new char[edges];
        _edgeTarget = new int[edges];
        var e = 0;
        for (var s = 0; s < n; s++)
        {
            _edgeStart[s] = e;
            var start = e;
            foreach (var (c, target) in children[s])
            {
                _edgeChar[e] = c;
                _edgeTarget[e++] = target;
            }

            // Sorted, so Step can binary-search a state's run of edges.
            Array.Sort(_edgeChar, _edgeTarget, start, e - start);
        }

        _edgeStart[n] = e;
        _root = new Dictionary<char, int>(children[0]);
        _output = [.. output];
        _fail = new int[n];
        _nextOutput = new int[n];
        _nextOutput[0] = -1;

        // Breadth first, so a state's failure target is always settled before the state itself.
        var queue = new Queue<int>();
        foreach (var child in children[0].Values)
        {
            _fail[child] = 0;
            _nextOutput[child] = -1;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            foreach (var (c, child) in children[s])
            {
                var f = _fail[s];
                int to;
                while ((to = Step(f, c)) < 0 && f != 0)
                {
                    f = _fail[f];
                }

                _fail[child] = to >= 0 && to != child ? to : 0;
                _nextOutput[child] = _output[_fail[child]] >= 0 ? _fail[child] : _nextOutput[_fail[child]];
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>How many terms the automaton holds.</summary>
    public int Count { get; }

    /// <summary>Calls <paramref name="hit"/> with (term, start, end) for every whole-word-respecting occurrence in <paramref name="text"/>.</summary>
    public void Scan<TState>(string text, ref TState state, HitHandler<TState> hit)
    {
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int next;
            while ((next = Step(s, c)) < 0 && s != 0)
            {
                s = _fail[s];
            }

            s = next < 0 ? 0 : next;
            for (var o = _output[s] >= 0 ? s : _nextOutput[s]; o >= 0; o = _nextOutput[o])
            {
                for (var term = _output[o]; term >= 0; term = _sameState[term])
                {
                    var end = i + 1;
                    var start = end - _termLength[term];
                    if ((_wholeWordStart[term] && start > 0 && MatchText.IsLatinOrDigit(text[start - 1]))
                        || (_wholeWordEnd[term] && end < text.Length && MatchText.IsLatinOrDigit(text[end])))
                    {
                        continue;
                    }

                    hit(ref state, term, start, end);
                }
            }
        }
    }

    private int Step(int state, char c)
    {
        if (state == 0)
        {
            return _root.TryGetValue(c, out var first) ? first : -1;
        }

        var lo = _edgeStart[state];
        var hi = _edgeStart[state + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = _edgeChar[mid];
            if (m == c)
            {
                return _edgeTarget[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}

/// <summary>Receives one term occurrence: the term's index and its span in the scanned text.</summary>
internal delegate void HitHandler<TState>(ref TState state, int term, int start, int end);
