using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Xunit;

namespace NewsClean.Dumps.Tests;

public sealed class OrderedParallelTests
{
    [Fact]
    public void ResultsComeInInputOrderWhateverOrderTheyFinishIn()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 200).Select(_ => random.Next(0, 4)).ToArray();

        var results = OrderedParallel.Process(Enumerable.Range(0, 200), i =>
        {
            Thread.Sleep(delays[i]);
            return i * 2;
        }, degree: 4, window: 8).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public void AtMostWindowItemsAreTakenAndNotYetYielded()
    {
        const int window = 5;
        var consumed = 0;
        var maxAhead = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 300; i++)
            {
                // Taking item i while `consumed` results were handed out: i + 1 - consumed are in flight.
                maxAhead = Math.Max(maxAhead, i + 1 - Volatile.Read(ref consumed));
                yield return i;
            }
        }

        foreach (var unused in OrderedParallel.Process(Source(), i => { Thread.SpinWait(2000 * (i % 7)); return i; }, degree: 3, window: window))
        {
            Interlocked.Increment(ref consumed);
        }

        Assert.Equal(300, consumed);
        Assert.Equal(window, maxAhead);
    }

    [Fact]
    public void ItemsReallyRunAtTheSameTime()
    {
        // Each of the first two items waits for the other: only two threads at once get past the barrier.
        using var barrier = new Barrier(2);
        var results = OrderedParallel.Process(new[] { 0, 1 }, i => barrier.SignalAndWait(TimeSpan.FromSeconds(20)), degree: 2, window: 2).ToList();

        Assert.Equal(new[] { true, true }, results);
    }

    [Fact]
    public void AFailureIsRethrownAtItsTurnAfterTheResultsBeforeIt()
    {
        var seen = new List<int>();

        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedParallel.Process(Enumerable.Range(0, 50), i => i == 10 ? throw new InvalidOperationException("item 10") : i, degree: 4, window: 8))
            {
                seen.Add(result);
            }
        });

        Assert.Equal("item 10", failure.Message);
        Assert.Equal(Enumerable.Range(0, 10), seen);
    }

    [Fact]
    public void CancellationStopsTheRunAndNoNewItemStarts()
    {
        using var cancel = new CancellationTokenSource();
        var started = 0;
        var seen = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var unused in OrderedParallel.Process(Enumerable.Range(0, 10_000), i => { Interlocked.Increment(ref started); Thread.Sleep(1); return i; }, degree: 2, window: 6, cancel.Token))
            {
                if (++seen == 20)
                {
                    cancel.Cancel();
                }
            }
        });

        var afterCancel = Volatile.Read(ref started);
        Thread.Sleep(50);
        Assert.Equal(afterCancel, Volatile.Read(ref started));
        Assert.InRange(afterCancel, 20, 20 + 6 + 2);
    }

    [Fact]
    public void StoppingEarlyLetsRunningItemsFinishAndStartsNoMore()
    {
        var started = 0;
        foreach (var result in OrderedParallel.Process(Enumerable.Range(0, 10_000), i => { Interlocked.Increment(ref started); Thread.Sleep(1); return i; }, degree: 2, window: 4))
        {
            if (result == 3)
            {
                break;
            }
        }

        var atBreak = Volatile.Read(ref started);
        Thread.Sleep(50);
        Assert.Equal(atBreak, Volatile.Read(ref started));
        Assert.InRange(atBreak, 4, 4 + 4);
    }

    [Fact]
    public void WithOneWorkerItemsRunOnTheCallersThread()
    {
        var caller = Environment.CurrentManagedThreadId;

        var threads = OrderedParallel.Process(Enumerable.Range(0, 5), _ => Environment.CurrentManagedThreadId, degree: 1, window: 4).ToList();

        Assert.All(threads, id => Assert.Equal(caller, id));
    }

    [Fact]
    public void AnEmptySourceGivesNothing()
    {
        Assert.Empty(OrderedParallel.Process(Array.Empty<int>(), i => i, degree: 4, window: 4));
    }

    [Fact]
    public void BadArgumentsAreRefusedAtOnce()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderedParallel.Process(new[] { 1 }, i => i, degree: 0, window: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderedParallel.Process(new[] { 1 }, i => i, degree: 1, window: 0));
        Assert.Throws<ArgumentNullException>(() => OrderedParallel.Process<int, int>(null!, i => i, degree: 1, window: 1));
    }
}
