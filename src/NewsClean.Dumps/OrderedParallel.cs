using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace NewsClean.Dumps;

/// <summary>
/// Runs a function over a sequence on several threads and yields the results in input order, with a bounded number of
/// items in flight, so memory stays flat however long the input is.
/// </summary>
public static class OrderedParallel
{
    /// <summary>
    /// Applies <paramref name="selector"/> to each item of <paramref name="source"/> on <paramref name="degree"/> worker
    /// threads and yields the results in the order of the input.
    /// </summary>
    /// <remarks>
    /// <para>At most <paramref name="window"/> items are taken from <paramref name="source"/> and not yet yielded at any
    /// time: a slow item holds back reading, never memory. The source is enumerated on the caller's thread (inside
    /// MoveNext), so it needs no thread safety; <paramref name="selector"/> must be thread-safe.</para>
    /// <para>An exception from <paramref name="selector"/> is rethrown, with its stack, when its item's turn comes;
    /// results before it are still yielded. Cancellation throws <see cref="OperationCanceledException"/> from MoveNext;
    /// items already running finish, and no new one starts. Stopping the enumeration early (break, Dispose) lets running
    /// items finish and discards them. Items run on the thread pool, at most <paramref name="degree"/> at a time.</para>
    /// <para>With <paramref name="degree"/> 1 the items run on the caller's thread, one after another.</para>
    /// </remarks>
    public static IEnumerable<TOut> Process<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> selector,
        int degree,
        int window,
        CancellationToken cancellationToken = default)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (selector is null)
        {
            throw new ArgumentNullException(nameof(selector));
        }

        if (degree < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(degree), degree, "At least one worker is needed.");
        }

        if (window < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window holds at least one item.");
        }

        return degree == 1
            ? Sequential(source, selector, cancellationToken)
            : new Run<TIn, TOut>(selector, Math.Min(degree, window), cancellationToken).Results(source, window);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> selector, CancellationToken cancellationToken)
    {
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return selector(item);
        }
    }

    /// <summary>
    /// One parallel enumeration: each item is a task on a scheduler that runs at most <c>degree</c> at once; the
    /// caller waits on the oldest task only, so a finished item wakes nobody but, when it is the oldest, the caller.
    /// </summary>
    private sealed class Run<TIn, TOut>
    {
        private readonly Func<TIn, TOut> _selector;
        private readonly TaskScheduler _scheduler;
        private readonly CancellationToken _cancellationToken;

        public Run(Func<TIn, TOut> selector, int degree, CancellationToken cancellationToken)
        {
            _selector = selector;
            _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
            _cancellationToken = cancellationToken;
        }

        public IEnumerable<TOut> Results(IEnumerable<TIn> source, int window)
        {
            var inFlight = new Queue<Task<TOut>>(window);

            // Cancelled when the caller stops early too, so that queued items never start.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
            using var items = source.GetEnumerator();
            try
            {
                var sourceDone = false;
                while (true)
                {
                    // Top the window up, then wait for the oldest item.
                    while (!sourceDone && inFlight.Count < window)
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                        if (!items.MoveNext())
                        {
                            sourceDone = true;
                            break;
                        }

                        var item = items.Current;
                        inFlight.Enqueue(Task.Factory.StartNew(() => _selector(item), stopping.Token, TaskCreationOptions.None, _scheduler));
                    }

                    if (inFlight.Count == 0)
                    {
                        yield break;
                    }

                    var head = inFlight.Dequeue();
                    try
                    {
                        head.Wait(_cancellationToken);
                    }
                    catch (AggregateException)
                    {
                        // Rethrown below as the selector threw it, not wrapped.
                    }

                    yield return head.GetAwaiter().GetResult();
                }
            }
            finally
            {
                stopping.Cancel();
                foreach (var task in inFlight)
                {
                    try
                    {
                        task.Wait();
                    }
                    catch (AggregateException)
                    {
                        // Discarded: the enumeration is over (cancelled, failed or stopped early).
                    }
                }
            }
        }
    }
}
