using System.Diagnostics;

namespace HarAcademy.Courses.Seeding;

/// <summary>
/// Short real video clips for the seeded video lessons, made here with ffmpeg (Debian's package; no network): a test
/// pattern and a tone, H.264/AAC in MP4 with the index first, so a browser plays and seeks them offline.
/// </summary>
public sealed class DemoVideoClips(ILogger<DemoVideoClips> logger)
{
    public const int Seconds = 12;

    /// <summary>The path of a new clip (the caller deletes it), or null when ffmpeg is missing or fails.</summary>
    public async Task<string?> MakeAsync(int variant, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"har-clip-{Guid.NewGuid():N}.mp4");
        // Different pattern and pitch per course: the clips are told apart at a glance.
        var frequency = 330 + variant % 8 * 55;
        var source = variant % 2 == 0 ? "testsrc2" : "smptehdbars";
        var start = new ProcessStartInfo("ffmpeg")
        {
            ArgumentList =
            {
                "-hide_banner", "-loglevel", "error", "-y",
                "-f", "lavfi", "-i", $"{source}=size=640x360:rate=25:duration={Seconds}",
                "-f", "lavfi", "-i", $"sine=frequency={frequency}:sample_rate=44100:duration={Seconds}",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "32", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k",
                "-movflags", "+faststart", "-shortest", path,
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode == 0 && File.Exists(path))
            {
                return path;
            }

            logger.LogWarning("ffmpeg could not make a demo clip: {Error}", await errors);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            logger.LogWarning("ffmpeg is not installed: seeded video lessons have no video (./build.sh installs it)");
        }

        File.Delete(path);
        return null;
    }
}
