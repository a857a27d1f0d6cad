namespace NewsLens.Topics;

/// <summary>The sampler's parallel sweeps over a grid of document x word blocks (see the class summary).</summary>
internal sealed partial class LdaGibbsSampler
{
    /// <summary>
    /// Runs every sweep on <see cref="LdaOptions.Threads"/> long-lived threads (the caller's among them). In each round
    /// a thread takes the next unsampled block of the round until none is left, then waits at a barrier; the last
    /// thread to arrive sums the blocks' changes to n(t) and, after a sweep's last round, runs
    /// <paramref name="afterSweep"/>. The threads stay between rounds (no task per round to schedule and wake).
    /// A failure in any thread, or cancellation, stops all of them after the current round and is rethrown here.
    /// </summary>
    private void RunInBlocks(Action<int> afterSweep, CancellationToken cancellationToken)
    {
        int blocks = _partitions.Length;
        int threads = Math.Min(_options.Threads, blocks);
        var start = _global.TopicTotal;
        var totals = new int[blocks][];
        for (int b = 0; b < blocks; b++) totals[b] = (int[])start.Clone();
        int iteration = 1, round = 0, next = 0;
        var stop = false;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        cancellationToken.ThrowIfCancellationRequested();

        void EndRound()
        {
            if (failure is not null)
            {
                stop = true;
                return;
            }
            try
            {
                // n(t) after the round: the start plus every block's changes.
                var sum = (int[])start.Clone();
                foreach (var local in totals)
                    for (int t = 0; t < _k; t++) sum[t] += local[t] - start[t];
                Array.Copy(sum, start, _k);
                foreach (var local in totals) Array.Copy(start, local, _k);
                next = 0;
                if (++round < blocks) return;
                round = 0;
                afterSweep(iteration);
                if (++iteration <= _options.Iterations) cancellationToken.ThrowIfCancellationRequested();
            }
            catch (Exception e)
            {
                failure ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                stop = true;
            }
        }

        using var barrier = new Barrier(threads, _ => EndRound());
        void Work()
        {
            // Every thread reads iteration, round and stop after the barrier, where the last phase action wrote them.
            while (!stop && iteration <= _options.Iterations)
            {
                try
                {
                    for (int b = Interlocked.Increment(ref next) - 1; b < blocks; b = Interlocked.Increment(ref next) - 1)
                    {
                        // Sample against a copy this thread allocates (in its own allocation context): the blocks'
                        // totals arrays were allocated side by side, and n(t) changes with every token, so sampling
                        // in them directly would make the threads fight over shared cache lines (false sharing).
                        var own = (int[])totals[b].Clone();
                        Sample(own, _partitions[b], (b + round) % blocks, new SeededRandom(_options.Seed, b, iteration, round));
                        Array.Copy(own, totals[b], _k);
                    }
                }
                catch (Exception e)
                {
                    // Only the barrier's phase action sets stop, so every thread leaves after the same round.
                    lock (barrier) failure ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }
                barrier.SignalAndWait();
            }
        }

        var workers = new Thread[threads - 1];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(Work) { IsBackground = true, Name = $"NewsLens LDA {i + 1}" };
            workers[i].Start();
        }
        Work();
        foreach (var worker in workers) worker.Join();
        failure?.Throw();
    }

    /// <summary>Contiguous word-id ranges with about equal token counts, one per thread: P + 1 boundaries.</summary>
    private static int[] WordRanges(TopicCorpus corpus, int parts)
    {
        var frequency = new long[corpus.VocabularySize];
        for (int d = 0; d < corpus.DocumentCount; d++)
            foreach (var w in corpus.RawTokens(d)) frequency[w]++;
        var start = new int[parts + 1];
        long total = corpus.TokenCount, cumulative = 0;
        int word = 0;
        for (int q = 1; q < parts; q++)
        {
            long target = total * q / parts;
            while (word < frequency.Length && cumulative + frequency[word] / 2 < target) cumulative += frequency[word++];
            start[q] = word;
        }
        start[parts] = corpus.VocabularySize;
        return start;
    }

    /// <summary>Per document, its token indices grouped by word range (in text order within a range), with the range offsets.</summary>
    private static (int[][] Order, int[][] Start) GroupTokensByWordRange(TopicCorpus corpus, int[] rangeStart)
    {
        int parts = rangeStart.Length - 1;
        var range = new int[corpus.VocabularySize];
        for (int q = 0; q < parts; q++)
            for (int w = rangeStart[q]; w < rangeStart[q + 1]; w++) range[w] = q;
        var order = new int[corpus.DocumentCount][];
        var start = new int[corpus.DocumentCount][];
        for (int d = 0; d < corpus.DocumentCount; d++)
        {
            var tokens = corpus.RawTokens(d);
            var offsets = new int[parts + 1];
            foreach (var w in tokens) offsets[range[w] + 1]++;
            for (int q = 0; q < parts; q++) offsets[q + 1] += offsets[q];
            var next = (int[])offsets.Clone();
            var o = new int[tokens.Length];
            for (int i = 0; i < tokens.Length; i++) o[next[range[tokens[i]]]++] = i;
            order[d] = o;
            start[d] = offsets;
        }
        return (order, start);
    }

    /// <summary>Contiguous document ranges with about equal token counts, one per thread (fixed for the run).</summary>
    private static (int Start, int End)[] Partition(TopicCorpus corpus, int threads)
    {
        int parts = Math.Max(1, Math.Min(threads, corpus.DocumentCount));
        var result = new (int, int)[parts];
        long total = corpus.TokenCount;
        int start = 0;
        long cumulative = 0;
        int d = 0;
        for (int p = 0; p < parts; p++)
        {
            long target = total * (p + 1) / parts;
            int minEnd = start + 1;
            int maxEnd = corpus.DocumentCount - (parts - p - 1);
            while (d < maxEnd && (d < minEnd || cumulative < target))
            {
                cumulative += corpus.RawTokens(d).Length;
                d++;
            }
            if (p == parts - 1) d = corpus.DocumentCount;
            result[p] = (start, d);
            start = d;
        }
        return result;
    }
}
