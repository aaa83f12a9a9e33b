// act2_lake.ink: Act 2, The Lake. (Placeholder until the act is written.)

=== act2 ===
# chapter: 2 The Lake
# checkpoint: chapter-2
The story continues in a later version of Insurrection.
-> act3
