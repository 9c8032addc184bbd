namespace MusicTimeMachine;

/// <summary>The songs, in memory: the sample needs no database, and a restart brings the seed back.</summary>
public sealed class SongStore
{
    public const int FirstYear = 1950;

    private readonly object _gate = new();
    private readonly List<Song> _songs = new()
    {
        new(1, "Johnny B. Goode", "Chuck Berry", 1958),
        new(2, "Earth Angel", "The Penguins", 1954),
        new(3, "Good Vibrations", "The Beach Boys", 1966),
        new(4, "Bohemian Rhapsody", "Queen", 1975),
        new(5, "Power of Love", "Huey Lewis and the News", 1985),
        new(6, "Take On Me", "a-ha", 1985),
        new(7, "Smells Like Teen Spirit", "Nirvana", 1991),
        new(8, "Hey Ya!", "OutKast", 2003),
    };

    private int _nextId = 9;

    public IReadOnlyList<Song> All()
    {
        lock (_gate)
        {
            return _songs.OrderBy(song => song.Year).ThenBy(song => song.Id).ToList();
        }
    }

    public IReadOnlyList<Song> OfYear(int year) => All().Where(song => song.Year == year).ToList();

    public IReadOnlyList<int> Years() => All().Select(song => song.Year).Distinct().ToList();

    public Song? Find(int id)
    {
        lock (_gate)
        {
            return _songs.Find(song => song.Id == id);
        }
    }

    public Song Add(string title, string artist, int year)
    {
        lock (_gate)
        {
            var song = new Song(_nextId++, title, artist, year);
            _songs.Add(song);
            return song;
        }
    }

    public bool Remove(int id)
    {
        lock (_gate)
        {
            return _songs.RemoveAll(song => song.Id == id) > 0;
        }
    }
}
