using System.Security.Cryptography;
using System.Text.Json;

namespace HarAcademy.Hosting.Orchestration;

/// <summary>
/// Generated secrets (database and cache passwords). In run mode they are kept in <c>.har/secrets.json</c>
/// (gitignored, mode 600) so data written under one password stays readable after a restart; in isolated
/// mode they live only in memory.
/// </summary>
public sealed class SecretStore
{
    private readonly string? _file;
    private readonly Dictionary<string, string> _values;
    private readonly Lock _gate = new();

    private SecretStore(string? file, Dictionary<string, string> values)
    {
        _file = file;
        _values = values;
    }

    public static SecretStore InMemory() => new(null, []);

    public static SecretStore Persistent(string file) =>
        new(file, File.Exists(file)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? []
            : []);

    public string GetOrCreate(string key)
    {
        lock (_gate)
        {
            if (_values.TryGetValue(key, out var existing))
            {
                return existing;
            }

            // Hex keeps the value safe inside connection strings and command lines.
            var value = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            _values[key] = value;
            Save();
            return value;
        }
    }

    private void Save()
    {
        if (_file is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllText(_file, JsonSerializer.Serialize(_values, new JsonSerializerOptions { WriteIndented = true }));
        File.SetUnixFileMode(_file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
