// act5_collector.ink: Act 5, The Collector. (Placeholder until the act is written.)

=== act5 ===
# chapter: 5 The Collector
# checkpoint: chapter-5
The story continues in a later version of Insurrection.
-> finale
