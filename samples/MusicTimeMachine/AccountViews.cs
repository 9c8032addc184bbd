using ReturnShape;
using static ReturnShape.Responses;

namespace MusicTimeMachine;

public sealed record Credentials(string? User, string? Password);

/// <summary>Cookie login, under the /api route group: the session cookie is set and deleted on the response the view returns.</summary>
public static class AccountViews
{
    private const int SessionSeconds = 60 * 60;

    [View("/login", Methods = new[] { "POST" })]
    public static object LogIn(Credentials credentials, Accounts accounts, HttpContext context)
    {
        var token = accounts.LogIn(credentials.User, credentials.Password);
        if (token is null)
        {
            return (new Dictionary<string, string> { ["error"] = "Unknown user or wrong password." }, 401);
        }

        return Json(new Dictionary<string, string> { ["user"] = credentials.User! })
            .SetCookie(Accounts.SessionCookie, token, maxAge: SessionSeconds, httpOnly: true, sameSite: "Lax", secure: context.Request.IsHttps);
    }

    [View("/logout", Methods = new[] { "POST" })]
    public static Response LogOut(Accounts accounts, HttpContext context)
    {
        accounts.LogOut(context);
        return Redirect("/", 303).DeleteCookie(Accounts.SessionCookie, httpOnly: true, sameSite: "Lax");
    }
}
