using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace MusicTimeMachine;

/// <summary>
/// Users and login sessions, in memory. A session is a random token in an HttpOnly cookie that
/// maps to a user name here; logging out forgets it.
/// </summary>
public sealed class Accounts
{
    public const string SessionCookie = "session";

    // The one demo account; a real app would keep salted password hashes in a store.
    private static readonly Dictionary<string, byte[]> Passwords = new(StringComparer.Ordinal)
    {
        ["marty"] = Encoding.UTF8.GetBytes("outatime"),
    };

    private readonly ConcurrentDictionary<string, string> _sessions = new(StringComparer.Ordinal);

    public string? LogIn(string? user, string? password)
    {
        if (user is null || password is null || !Passwords.TryGetValue(user, out var expected)
            || !CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(password)))
        {
            return null;
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _sessions[token] = user;
        return token;
    }

    public string? UserOf(HttpContext context) =>
        context.Request.Cookies.TryGetValue(SessionCookie, out var token) && _sessions.TryGetValue(token, out var user) ? user : null;

    public void LogOut(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(SessionCookie, out var token))
        {
            _sessions.TryRemove(token, out _);
        }
    }
}
