// main.ink: the root of the story. The tags below are the endings catalogue the
// engine and the endings gallery read, in the bible's order: for each ending a
// title tag and a hint tag, "id = text". A hint names a scene, never a variable.
# title: Insurrection
# ending-title: the-quiet-report = The Quiet Report
# ending-hint: the-quiet-report = Not every question has to be asked. Two unasked ones are enough.
# ending-title: relocation = Relocation
# ending-hint: relocation = A loyal officer carries out his orders, all the way to the end.
# ending-title: ashes-in-the-rings = Ashes in the Rings
# ending-hint: ashes-in-the-rings = A rebellion without friends or time has to run from the collector.
# ending-title: the-last-stand = The Last Stand
# ending-hint: the-last-stand = Send your ship away for good, and there is no one to call at the collector.
# ending-title: the-eleventh-hour = The Eleventh Hour
# ending-hint: the-eleventh-hour = Obey, then listen to someone who will not.
# ending-title: the-empty-village = The Empty Village
# ending-hint: the-empty-village = A slow defense in the hills leaves too many houses dark.
# ending-title: paradise-at-a-price = Paradise at a Price
# ending-hint: paradise-at-a-price = Someone aboard the Enterprise can be spent, in the Briar Patch or at the collector.
# ending-title: a-house-divided = A House Divided
# ending-hint: a-house-divided = Hard orders and wrong words, and the bridge stops listening.
# ending-title: the-long-moment = The Long Moment
# ending-hint: the-long-moment = In the dark of the caves, stay with Anij; at the end, do not go back.
# ending-title: the-prodigal-return = The Prodigal Return
# ending-hint: the-prodigal-return = Some histories are kept in the orchard, and some in a book.
# ending-title: the-fountain-shared = The Fountain Shared
# ending-hint: the-fountain-shared = A doctor in the hills and an admiral who lives: both have something to say to the Council.
# ending-title: court-martial = Court-Martial
# ending-hint: court-martial = Force, or a thin case, brings you before a tribunal.
# ending-title: paradise-preserved = Paradise Preserved
# ending-hint: paradise-preserved = Defend the Ba'ku, stop the collector, and bring your people home.
// Endings only a replay can open (bible 6.4): `insurrection verify` proves each is
// unreachable with every echo_* false and reachable with every echo_* true.
# locked-ending: the-prodigal-return
# locked-ending: the-fountain-shared
// Known routes (# verify-route), made by scripts/cover.mjs:
// complete playthroughs that `insurrection verify` replays on every run (docs/VERIFY.md),
// each to the ending it names, "(echoes)" with every echo_ variable set. Together they reach
// what the guard's partial search (tests/story/verify.test.ts) does not reach by itself.
// A route that stops reaching its ending fails the guard: regenerate the block with
//   node scripts/cover.mjs --write          (add --fresh to start over without these)
# verify-route: the-last-stand = 4.2.1.1.4.1.2.3.1.3.1.2.1.2.1.2.3.1.2.2.1.1.3.2.3.1.3.2.2.1.2.3.1.2.1.3.1.4.1.3.3.1.1.3.2.1.2.1.1.5.3.1.3.1.1.1.3.3.2.1.5.2.1.1.1.3.2.2.1.2.2.1.1.1.1.1.3.1.2.1.3.1.1.1.1.2.1.1.1.1.1.1.1.1
# verify-route: the-eleventh-hour (echoes) = 2.1.2.2.2.1.2.3.2.2.1.1.1.2.1.2.2.1.3.2.1.2.1.2.2.1.1.2.2.1.2.1.1.2.3.2.2.2.2.2.1.1.2.1.2.1.3.2.4.1.2.2.1.2.2.1.3.3.1.5.1.1.1.1.2.1.1.7.1.4.1.2.1.2.1.1.1.1.1.2.1.1.1.3.1.1.2.4.3.1.1.1.2.2.1.1.2.1.1.1.1
# verify-route: the-eleventh-hour (echoes) = 4.1.2.1.4.1.2.1.1.2.3.2.3.2.1.1.1.1.2.3.2.2.1.1.1.1.2.1.3.2.3.1.1.2.1.1.2.3.1.3.1.2.2.1.2.2.1.2.2.1.1.3.2.4.2.1.1.1.2.2.1.2.1.3.1.3.1.2.1.2.1.2.2.4.2.1.2.1.1.1.2.1.3.1.1.3.3.1.2.4.2.2.5.1.4.2.1.2.1.1.1.2.1.1.1.1.2.1.2.2.1.4.1.1.2.1.2.2.2.1.2.1.2.1.1.1.1.1.1.1
# verify-route: ashes-in-the-rings = 3.2.1.1.4.1.2.1.1.1.3.2.1.2.2.1.3.2.2.1.3.1.3.1.3.1.1.2.2.2.2.1.1.2.1.3.2.2.2.3.1.1.1.3.2.1.2.3.1.4.1.1.1.1.3.1.3.5.1.1.1.2.2.1.1.2.3.1.1.1.3.1.1.1.2.1.2.2.2.2.2.1.2.1.1.1.1.1.1.1.1.1.1.1.1.1.1.3.1.1.1.1.2.2.1.1.1.1.2.1.1.1.1.1.1.2.2.1.1.1.1.2.1.1.1.1.1.1.2.1.1.1.1.1
# verify-route: paradise-at-a-price = 2.2.1.1.1.3.1.2.2.2.1.3.2.1.2.1.1.2.2.1.3.2.1.1.1.3.1.1.1.3.1.2.3.2.3.1.1.3.1.1.3.1.1.1.1.2.1.1.1.1.3.1.1.1.3.2.4.3.1.2.1.1.3.1.2.1.2.1.1.3.2.2.1.3.2.2.2.1.2.2.1.2.1.1.1.1.1.1.1.2.2.2.3.2.1.2.3.2.1.3.1.3.2.1.1.1.2.1.1.1.1.1.2.1.3.2.1.1.2.1.1.2.1.1.1.1.1.2.1.1.1.1.2.1.3.2.4.1.1.1.1.2.2.2.1.1.2.2.1.1.2.1.1.2.1.2.1
# verify-route: the-last-stand = 2.1.1.1.3.2.2.1.1.1.1.3.1.2.3.1.2.1.1.1.3.3.2.2.3.1.2.2.2.1.2.1.2.1.1.1.2.2.1.2.1.2.1.2.1.2.1.2.2.3.1.1.1.2.1.1.1.1.1.5.1.1.3.1.1.1.1.3.2.1.6.2.2.2.1.2.2.1.2.3.1.1.2.1.1.1.1.1.1.1.1.2.1.1.1.2.1.1.1.1.3.1.1.1.1.1.1.1.1.1.2.1.1.2.1.2.1.2.1.1.1.1.1.1.1.2.1.1.1.1.1
# verify-route: ashes-in-the-rings = 1.2.2.2.2.1.1.1.2.2.2.2.1.3.2.1.2.1.1.1.2.2.1.1.2.2.2.1.1.1.1.1.2.1.1.1.1.1.1.2.2.3.3.2.2.3.3.2.4.1.1.1.1.2.1.2.2.1.1.2.1.2.1.1.1.2.1.1.2.1.2.2.1.1.2.5.1.2.1.1.3.1.1.1.3.6.3.1.1.1.1.2.2.1.1.2.1.1.2.2.2.2.1.2.2.2.1.2.1.1.1.1.3.2.1.1.2.1.1.1.1.2.1.1.1.3.1.2.1.1.1.1.1.1.1.2.2.1.2.1.2.1.1.1.1.1.2.2.2.2.1.1.1.1
# verify-route: the-last-stand (echoes) = 2.2.1.2.1.3.1.2.3.1.1.1.1.2.3.2.2.3.1.1.2.3.3.1.1.2.2.3.2.1.1.1.2.2.1.1.2.1.2.1.2.1.3.2.1.2.1.2.4.2.2.2.1.1.2.2.2.1.3.1.2.1.1.2.2.2.2.4.2.1.2.1.1.2.1.1.1.1.3.1.1.2.3.2.1.4.2.4.2.2.1.2.1.2.1.1.1.1.1.1.3.1.2.1.3.2.1.1.2.2.1.1.2.2.1.1.1.1
# verify-route: ashes-in-the-rings (echoes) = 4.2.1.2.4.1.2.3.1.1.1.2.2.2.2.1.1.1.2.3.1.2.2.1.1.1.1.1.3.2.1.1.2.1.3.2.1.3.2.1.1.1.3.3.1.1.2.3.1.1.3.1.4.1.3.1.1.3.1.2.2.2.1.2.2.1.1.1.1.3.3.1.2.1.2.4.1.3.1.1.3.2.5.2.4.1.2.2.3.2.2.2.1.1.1.1.2.1.2.2.2.2.2.1.1.1.1.1.3.1.2.1.2.3.1.1.1.2.2.1.1.1.1.1
# verify-route: ashes-in-the-rings = 2.1.1.1.3.2.2.1.1.1.1.3.1.2.3.1.2.1.1.1.3.3.2.2.3.1.2.2.2.1.2.1.2.1.1.1.2.2.1.2.1.2.1.2.1.2.1.2.2.3.1.1.1.2.1.1.1.1.1.5.1.1.3.1.1.1.1.3.2.1.6.1.2.2.1.2.1.1.2.3.2.1.2.2.1.1.3.1.3.2.1.1.1.1.1.1.1.2.1.1.2.1.1.1.1.1.1.1.1.1.1.1.1.2.3.2.3.1.1.1.1.1.1.1.1.2.2.1.1.1.2.1
# verify-route: the-last-stand = 2.1.1.1.3.2.2.1.1.1.1.3.1.2.3.1.2.1.1.1.3.3.2.2.3.1.2.2.2.1.2.1.2.1.1.1.2.2.1.2.1.2.1.2.1.2.1.2.2.3.1.1.1.2.1.1.1.1.1.5.1.1.3.1.1.1.1.3.2.1.6.2.2.2.1.2.2.1.1.4.1.1.1.2.2.1.1.1.1.1.1.1.1.1.1.3.1.3.1.1.2.1.3.1.2.1.1.1.2.1.1.1.1.1.1.1.2.2.1.1.1.1.1.1.1.2.1.1.1.2.2.1.1.1.1
# verify-route: the-last-stand (echoes) = 2.2.1.2.1.3.1.2.3.1.1.1.2.3.2.2.2.1.1.1.1.3.3.2.2.1.1.1.1.2.2.3.1.2.2.2.1.2.1.3.2.2.2.3.1.2.4.2.2.2.1.3.1.1.2.2.1.3.2.2.1.1.1.2.3.1.4.2.4.2.1.1.1.3.1.3.1.1.2.1.2.1.5.1.1.3.1.3.1.1.2.3.2.1.1.2.1.2.2.1.1.2.2.4.1.2.1.2.3.1.1.1.1.3.1.2.3.1.1.2.2.1.1.1.2.2.1.1.1.3.1.1.1.2.4.1.1.1.1.2.1.2.1.1.1.1.2.3.1.2.2.2.2.1.1.1.1.1.1.1.1.2.2.1.1.1.1
// End of known routes.

// Known routes to endings, as choice numbers from 1, replayed by `insurrection verify` on every
// run: each counts toward the explorer's coverage and becomes a defect if it stops reaching its
// ending. `(echoes)` plays it as a returning player. They are the routes of the walkthrough
// tests in tests/story/endings/; regenerate with scripts/route-labels.mjs after changing them.
# verify-route: ashes-in-the-rings = 1.2.1.2.3.2.2.1.1.1.2.3.3.1.2.1.2.2.2.3.1.2.2.2.1.2.1.3.2.1.1.2.1.2.1.2.1.2.3.2.2.2.1.1.1.1.1.1.2.1.1.2.1.1.1.2.2.2.3.1.3.4.1.2.1.1.1.3.6.1.1.1.1.2.2.2.2.2.1.2.1.1.1.3.1.1.2.3.1.1.1.2.2.2.1.1.1.2.1 
# verify-route: court-martial = 3.1.2.1.4.3.1.1.1.3.2.2.1.2.2.1.1.1.1.1.1.2.2.2.3.1.2.1.2.2.2.1.1.1.1.1.1.2.1.3.1.1.1.1.1.2.1.2.1.1.1.1.2.1.2.1.1.3.2.2.1.1.2.2.2.2.2.4.3.1.1.1.1.2.1.1.3.1.2.4.1.1.2.1.1.1.1.1.1.1.1.3.1.1.1.1.1.2.2.1.1.1.1.3.1.1.1.1.1.1.2.1.3.3.1.1.1.1.1.1.1.1.3.1.1.2.1.2.3.1.1.1.1.1.2.1.1.1.1.2.2.2.4.1.1.2.1.2.1.1.2.2.1.1.1.1.1.1.2.1.1.1 
# verify-route: paradise-at-a-price = 4.2.2.1.3.2.1.1.1.2.2.1.2.3.2.1.2.1.2.1.2.3.1.1.1.2.1.1.3.1.2.1.1.1.1.1.1.3.1.2.2.2.2.1.2.1.3.3.3.1.1.1.1.2.1.2.1.1.3.2.3.1.1.1.1.2.2.5.3.1.1.2.1.2.1.1.4.1.1.2.1.1.2.4.1.1.1.1.1.2.2.1.2.1.3.2.1.1.1.2.2.1.3.3.1.1.1.1.1.1.1.1.1.1.1.1.2.1.2.3.2.1.1.1.2.1.2.1.1.1.1.2.2.1.2.1.1.1.1.1.1.1.1.2.2.1.1.1.2.1.1.1 
# verify-route: paradise-preserved = 4.1.2.2.1.2.2.3.1.2.2.1.1.2.1.2.1.2.2.3.2.2.1.3.1.2.3.2.1.2.1.1.2.2.2.3.2.1.1.3.2.3.3.1.1.2.1.1.1.1.2.1.1.2.1.2.2.4.4.1.3.1.2.1.1.6.1.6.1.2.3.1.1.1.2.1.2.2.2.2.1.1.1.1.1.2.1.1.2.2.1.1.1.1.1.1.1.1.3.1.1.1.1.3.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.2.1.1.1.1.1.2.2.1.2.1.1.1.1.1.1 
# verify-route: relocation = 1.2.1.2.1.3.1.2.3.2.1.3.1.2.1.1.1.2.1.1.1.2.2.1.1.1.2.3.2.3.2.1.1.3.1.1.1.1.1.2.2.1.1.1.1.1.1.1.1.2.1.1.1.1.1.2.3.1.2.3.1.1.1.1.1.1.3.5.1.1.1.1.1.1.1.2.2.1.1.2.1.4.1.1.1.2.2.1.1.1.1.2.1.1.1.1.1.1.1.1.1.2.1 
# verify-route: the-eleventh-hour = 2.2.2.1.4.1.2.2.1.1.3.1.1.1.2.1.2.3.3.2.1.1.1.1.1.3.2.1.2.3.3.2.2.3.1.1.3.1.2.2.1.3.1.3.2.1.2.1.3.1.2.3.3.1.2.1.3.1.1.1.1.1.5.2.1.2.1.1.2.1.3.2.1.2.1.1.1.1.1.1.4.1.2.2.4.1.1.1.2.1.1.1.1.1.1.1.2.1 
# verify-route: the-empty-village = 1.1.1.2.1.3.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.4.2.1.1.1.1.1.1.1.1.1.1.1.1 
# verify-route: the-last-stand = 2.2.1.2.1.3.1.2.2.2.1.1.2.1.1.1.1.2.1.1.1.2.2.1.1.1.1.3.2.3.2.1.2.3.1.3.3.1.1.2.1.2.1.1.3.2.1.1.1.2.2.2.4.4.1.1.1.3.1.2.3.2.1.4.1.3.1.1.2.1.1.2.2.1.2.3.1.1.1.2.1.1.1.2.2.3.1.1.2.1.2.2.1.2.3.1.1.1.1.1.1.1.1.3.1.1.1.1.1.1.2.1.1.1.1.1.2.1.1.1.1.1.2.1.1.2.1.1.1.1.1.1.1.1.1.1.1.2.1.1.1.1.1 
# verify-route: the-long-moment = 2.1.1.1.2.2.1.1.3.2.2.2.1.1.1.2.1.1.2.2.1.1.1.2.1.1.2.1.1.3.3.2.1.2.1.2.2.2.1.1.2.1.1.3.1.3.3.1.2.1.3.3.1.2.2.4.1.1.2.1.1.1.1.1.1.2.2.1.1.1.1.2.1.1.2.4.3.3.1.1.2.1.3.1.2.6.1.4.1.1.2.1.1.2.4.1.3.2.1.1.1.1.1.2.1.1.1.3.1.3.1.1.2.2.2.1.3.1.1.2.1.1.1.2.1.2.1.1.3.1.2.1.1.1.1.1.2.1.1.1.1.2.3.2.1.1.1.3.3.1.2.1.1.1.1.2.2.2.1.1.1.2.2.1.2.1.1.2.1.2.1.1.2.1.1.1.1.1 
# verify-route: the-prodigal-return (echoes) = 1.1.1.1.1.3.2.2.1.1.3.3.2.1.1.1.2.1.2.3.1.1.2.2.1.3.1.2.3.2.3.3.1.2.3.1.1.3.1.2.1.1.1.2.3.4.2.1.3.2.4.2.3.3.1.2.1.2.1.1.3.2.3.1.1.3.2.2.2.3.3.1.1.1.1.3.1.2.2.1.1.1.1.1.2.2.1.1.2.1.1.2.2.1.2.1.1.1.1.1.2.2.2.3.3.1.4.1.2.1.2.2.1.2.1.2.2.1.1.1.2.1.1.1.1.2.1.1.1.2.1.3.4.2.1.1.1.1.1.1.1.1.1.1.1.1.1.1.2.2.3.1.2.1.1.1.3.1.1.1.2.1.1.1.1.1.1 
# verify-route: the-quiet-report = 2.2.2.1.4.2.2.2.1.3.1.1.1.1.2.2.2.1.3.1.1.1.2.1.1.2.3.1.1.2.1.2.2.1.1.3.1.2.2.2.3.1.2.2.3.3.1.1.1.2.3.1.3.1.3.1.1.1.1.1

INCLUDE state.ink
INCLUDE act1_duck_blind.ink
INCLUDE act2_lake.ink
INCLUDE act3_uniform.ink
INCLUDE act4_hills.ink
INCLUDE act5_collector.ink
INCLUDE endings.ink

-> evora_reception
