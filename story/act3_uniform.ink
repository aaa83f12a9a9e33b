// act3_uniform.ink: Act 3, The Uniform. (Placeholder until the act is written.)

=== act3 ===
# chapter: 3 The Uniform
# checkpoint: chapter-3
The story continues in a later version of Insurrection.
-> act4
