namespace ReturnShape.Analyzers.Model;

/// <summary>
/// Recognises a string constant that is a JSON object or array (<c>"{\"id\": 1}"</c>), the kind
/// of text that is meant to be sent as application/json. A small strict reader: the analyzer
/// cannot carry a JSON library, and a false "this is JSON" would be a false positive.
/// </summary>
internal static class JsonText
{
    private const int MaxDepth = 64;

    public static bool IsObjectOrArray(string text)
    {
        var i = 0;
        SkipWhitespace(text, ref i);
        if (i >= text.Length || text[i] != '{' && text[i] != '[')
        {
            return false;
        }

        if (!ReadValue(text, ref i, 0))
        {
            return false;
        }

        SkipWhitespace(text, ref i);
        return i == text.Length;
    }

    private static bool ReadValue(string text, ref int i, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        SkipWhitespace(text, ref i);
        if (i >= text.Length)
        {
            return false;
        }

        switch (text[i])
        {
            case '{':
                return ReadContainer(text, ref i, depth, '}', isObject: true);
            case '[':
                return ReadContainer(text, ref i, depth, ']', isObject: false);
            case '"':
                return ReadString(text, ref i);
            case 't':
                return ReadWord(text, ref i, "true");
            case 'f':
                return ReadWord(text, ref i, "false");
            case 'n':
                return ReadWord(text, ref i, "null");
            default:
                return ReadNumber(text, ref i);
        }
    }

    private static bool ReadContainer(string text, ref int i, int depth, char close, bool isObject)
    {
        i++;
        SkipWhitespace(text, ref i);
        if (i < text.Length && text[i] == close)
        {
            i++;
            return true;
        }

        // Each round reads a value and then a ',' (or returns), so it moves on; nesting stops at MaxDepth.
        while (true)
        {
            if (isObject)
            {
                SkipWhitespace(text, ref i);
                if (i >= text.Length || text[i] != '"' || !ReadString(text, ref i))
                {
                    return false;
                }

                SkipWhitespace(text, ref i);
                if (i >= text.Length || text[i] != ':')
                {
                    return false;
                }

                i++;
            }

            if (!ReadValue(text, ref i, depth + 1))
            {
                return false;
            }

            SkipWhitespace(text, ref i);
            if (i >= text.Length)
            {
                return false;
            }

            if (text[i] == close)
            {
                i++;
                return true;
            }

            if (text[i] != ',')
            {
                return false;
            }

            i++;
        }
    }

    private static bool ReadString(string text, ref int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '"')
            {
                return true;
            }

            if (c < ' ')
            {
                return false;
            }

            if (c == '\\')
            {
                if (i >= text.Length)
                {
                    return false;
                }

                var escaped = text[i++];
                if (escaped == 'u')
                {
                    for (var k = 0; k < 4; k++)
                    {
                        if (i >= text.Length || !IsHex(text[i++]))
                        {
                            return false;
                        }
                    }
                }
                else if ("\"\\/bfnrt".IndexOf(escaped) < 0)
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static bool ReadWord(string text, ref int i, string word)
    {
        if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0)
        {
            return false;
        }

        i += word.Length;
        return true;
    }

    private static bool ReadNumber(string text, ref int i)
    {
        var start = i;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var digits = ReadDigits(text, ref i);
        if (digits == 0 || digits > 1 && text[i - digits] == '0')
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (ReadDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (ReadDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i > start;
    }

    private static int ReadDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        return i - start;
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static void SkipWhitespace(string text, ref int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }
    }
}
