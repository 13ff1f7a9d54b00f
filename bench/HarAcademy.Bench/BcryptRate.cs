using System.Diagnostics;

namespace HarAcademy.Bench;

/// <summary>How many BCrypt verifications per second this machine does: the login benchmark reports its throughput as a share of it.</summary>
public static class BcryptRate
{
    public static int Run(string[] args)
    {
        var workFactor = args.Length > 0 ? int.Parse(args[0]) : 12;
        var threads = args.Length > 1 ? int.Parse(args[1]) : 16;
        var seconds = args.Length > 2 ? double.Parse(args[2]) : 10;

        // The same call the auth service makes (enhanced mode: SHA-384 pre-hash, then BCrypt).
        var hash = BCrypt.Net.BCrypt.EnhancedHashPassword("Correct-Horse-Battery-9", workFactor);
        var deadline = Stopwatch.StartNew();
        var verified = 0L;
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                if (!BCrypt.Net.BCrypt.EnhancedVerify("Correct-Horse-Battery-9", hash))
                {
                    throw new InvalidOperationException("verification failed");
                }

                Interlocked.Increment(ref verified);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        Console.WriteLine($"bcrypt_verify_per_second {verified / deadline.Elapsed.TotalSeconds:0.0} (work factor {workFactor}, {threads} threads, {deadline.Elapsed.TotalSeconds:0.0} s)");
        return 0;
    }
}
