// act4_hills.ink: Act 4, The Hills. (Placeholder until the act is written.)

=== act4 ===
# chapter: 4 The Hills
# checkpoint: chapter-4
The story continues in a later version of Insurrection.
-> act5
