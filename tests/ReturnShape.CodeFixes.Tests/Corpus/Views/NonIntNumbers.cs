// Values that are numbers to C# but not statuses: send their text.
using ReturnShape;

namespace Corpus.NonIntNumbers;

public class GradeViews
{
    private readonly double average = 3.5;

    [View("/grade")]
    public object Grade() => 'A';

    [View("/passed")]
    public object Passed() => true;

    [View("/average")]
    public object Average() => average;

    [View("/pi")]
    public object Pi() => 3.14;

    [View("/big")]
    public object Big() => 12345678901L;
}
