// System.Tuple, which the runtime unpacks like a value tuple.
using System;
using ReturnShape;

namespace Corpus.SystemTuples;

public class LegacyViews
{
    [View("/gone")]
    public object Gone() => Tuple.Create(404, "gone");

    [View("/made")]
    public object Made() => new Tuple<int, string>(201, "made");

    [View("/nothing")]
    public object Nothing() => Tuple.Create("nothing here", 204);
}
