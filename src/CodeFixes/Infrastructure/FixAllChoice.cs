using System;
using System.Collections.Generic;

namespace ReturnShape.CodeFixes;

/// <summary>
/// Which of a diagnostic's fixes Fix All applies: the one of the kind chosen (its equivalence key),
/// else the diagnostic's first. A rule offers alternatives only where the user has a choice (a number
/// as the status or as the body); a diagnostic that does not offer the chosen kind has one right fix
/// of its own (a task is awaited where a data object is sent as JSON), and `dotnet format analyzers`,
/// which asks for the kind of the first diagnostic it meets, should still fix it in the same run.
/// With no key (dotnet format asks so when the first diagnostic was another rule's), the first fix.
/// </summary>
internal static class FixAllChoice
{
    public static T? Choose<T>(IReadOnlyList<T> planned, string? equivalenceKey, Func<T, string> keyOf)
        where T : class
    {
        foreach (var fix in planned)
        {
            if (keyOf(fix) == equivalenceKey)
            {
                return fix;
            }
        }

        return planned.Count > 0 ? planned[0] : null;
    }
}
