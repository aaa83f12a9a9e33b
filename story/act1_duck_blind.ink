// act1_duck_blind.ink: Act I, The Duck Blind. (Placeholder until the act is written.)

=== evora_reception ===
# chapter: 1 The Duck Blind
# checkpoint: chapter-1
The Evora reception is under way.
* [Take Dougherty's call]
-> act2
