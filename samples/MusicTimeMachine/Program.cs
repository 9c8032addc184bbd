MusicTimeMachine.MusicTimeMachineApp.Create(args).Run();
