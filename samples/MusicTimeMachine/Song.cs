namespace MusicTimeMachine;

public sealed record Song(int Id, string Title, string Artist, int Year);

/// <summary>What a client sends to add a song; every field is checked before it becomes one.</summary>
public sealed record SongInput(string? Title, string? Artist, int? Year);
