"""What the tests (and the benches) share: the bench around the real Application, people's
stories through the emulator, data to export, and the bot in a process of its own."""
