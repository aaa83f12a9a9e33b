// endings.ink: the thirteen endings. finale picks one with choose_ending() (state.ink).
// Each ending is an epilogue of its own shape, read in the final state: the officers by
// loyalty tier and where they served, the Ba'ku, the Son'a, the Prime Directive and
// Starfleet. Most endings hold one to three last gestures, each remembered later in the
// same ending. the-quiet-report is reached from Act II; every other ending from finale.
// Act V hands over: at the collector for the-last-stand and ashes-in-the-rings, and after
// its aftermath scene and epilogue choice for the rest, so those begin days or months on.

=== finale ===
~ temp e = choose_ending()
{ e:
- "relocation": -> ending_relocation
- "ashes-in-the-rings": -> ending_ashes_in_the_rings
- "the-last-stand": -> ending_the_last_stand
- "the-eleventh-hour": -> ending_the_eleventh_hour
- "the-empty-village": -> ending_the_empty_village
- "paradise-at-a-price": -> ending_paradise_at_a_price
- "a-house-divided": -> ending_a_house_divided
- "the-long-moment": -> ending_the_long_moment
- "the-prodigal-return": -> ending_the_prodigal_return
- "the-fountain-shared": -> ending_the_fountain_shared
- "court-martial": -> ending_court_martial
- else: -> ending_paradise_preserved
}

// ------------------------------------------------------------ helpers (read only)

// An officer's loyalty tier: 0 estranged (below 25), 1 wavering, 2 loyal, 3 devoted (75 and up).
=== function ending_tier(who)
~ temp l = loyalty_of(who)
{
- l >= 75:
    ~ return 3
- l >= 50:
    ~ return 2
- l >= 25:
    ~ return 1
}
~ return 0

// A count as prose writes it: one to twenty in words, larger numbers as figures.
=== function ending_count(n)
{ n:
- 1: ~ return "one"
- 2: ~ return "two"
- 3: ~ return "three"
- 4: ~ return "four"
- 5: ~ return "five"
- 6: ~ return "six"
- 7: ~ return "seven"
- 8: ~ return "eight"
- 9: ~ return "nine"
- 10: ~ return "ten"
- 11: ~ return "eleven"
- 12: ~ return "twelve"
- 13: ~ return "thirteen"
- 14: ~ return "fourteen"
- 15: ~ return "fifteen"
- 16: ~ return "sixteen"
- 17: ~ return "seventeen"
- 18: ~ return "eighteen"
- 19: ~ return "nineteen"
- 20: ~ return "twenty"
}
{ n <= 0:
    ~ return "no"
}
~ return n

// Houses for a number of villagers: the six hundred Ba'ku live in a hundred and fifty houses.
=== function ending_houses(n)
~ return (n + 3) / 4

// Ba'ku still on the ground when the rings burned whom the kelbonite kept: one in five.
=== function ending_sheltered()
~ return (600 - baku_taken) / 5

// Data fell in Act I (the debris field), rather than taking Picard's place at the collector,
// which Act V allows only to a Data who learned Artim's game.
=== function ending_data_fell_early()
~ return debris_field > 0 || not (secrets ? artim_play)

// The court-martial's verdict: "acquitted" (with a reprimand), "dismissed" or "deferred".
// It turns on what Picard said the Directive means and on the evidence he sent.
=== function ending_verdict()
~ temp sent = LIST_COUNT(evidence_sent)
{
- pd_stance == spirit && sent >= 2:
    ~ return "acquitted"
- pd_stance == letter:
    ~ return "dismissed"
- pd_stance == unspoken && sent < 2:
    ~ return "dismissed"
}
~ return "deferred"

// ================================================================ the-quiet-report
// From Act II's quiet_report_gate: two declines, so Data is impounded or was left to the
// Son'a in the debris field. Everything after Act II is at its defaults.

=== ending_the_quiet_report ===
The Enterprise clears the Briar Patch thirty hours after you sign. The nebula lets go of her grudgingly, sensors full of static to the last, and then the stars come back sharp and the buffers fill with a fortnight of traffic, nearly all of it marked routine.
Your report goes up the chain under your name. It is acknowledged within the hour, with thanks, by an office you have never heard of that has your service number on file.
{ lake_refused:
    Nobody aboard went down to the flat place in the lake, and nobody asks about it. The survey office has it in hand.
- else:
    You do not speak of the ship under the lake to anyone who was not there. Neither, you notice, does anyone who was.
}
{ data_state == destroyed:
    Data's remains stay with the Son'a. A courteous note from the joint mission explains that the wreck has been examined, that the findings are classified, and that the remains will be returned in due course. In due course turns out to mean sixteen weeks: a sealed crate, delivered to Starbase 74 while the Enterprise is nowhere near it.
- else:
    Data comes back three weeks later on a cargo shuttle from the joint mission, upright in a packing frame, with a manifest that lists him by serial number. Analysis complete, it says. Unit restored to standard configuration. His logs from the Briar Patch have been retained.
    He steps off the pad and thanks you for your patience during his repair. He does not remember the village. He remembers being damaged, and being mended, and nothing in between.
}
* (qr_asked) {data_state != destroyed} [Ask him whether he remembers a boy named Artim]
    "Data. Does the name Artim mean anything to you?" # speaker: Picard
    He searches for it, visibly and thoroughly, as he would search a database. "No, sir. Is it a name I ought to know?" # speaker: Data
    "No one you need to know. Carry on." # speaker: Picard
* {data_state != destroyed} [Welcome him back, and ask him nothing]
    "Welcome back, Mister Data." # speaker: Picard
    "Thank you, sir. It is good to be back." He relieves the ensign at ops, and by the end of the watch it is as though he had never been anywhere at all. # speaker: Data
* (qr_fetched) {data_state == destroyed} [Take the ship to Starbase 74 to collect him]
    You change course for Starbase 74, four days out of your way. Nobody on the bridge asks why, and the helm has the course laid in before you have finished giving it.
    The crate is smaller than you expected. You sign for it yourself.
* {data_state == destroyed} [Have the crate held until the ship is passing]
    You send word to hold the crate. The Enterprise will be passing in the spring. There is a reception on Bolarus first, and a treaty signing after that, and a schedule made by people who do not know what is in the crate.
-
+ [Return to the ceremonial round]
-
The Enterprise goes back to ceremony. In five months you host nine receptions, open two embassies and cut one ribbon, with a pair of scissors made for the purpose and presented to you afterwards in a velvet case.
{ geordi_sunrise:
    Geordi's optic nerves stop regenerating the week you leave the nebula. He puts it in a status report, on the line after the plasma-conduit figures, as though it were one more figure. You think of the orange sunrise over the meadow, and you say nothing, because he did not.
- else:
    Somewhere in the first month Geordi mentions, in passing, that his eyes have gone back to the way they were. He says it the way a man remarks that the rain has stopped.
}
Will grows his beard back. Deanna says it is a pity, and watches him grow it.
{ ending_tier(Crusher) >= 2:
    Beverly asks you once, over breakfast, why you signed. You give her the answer that is in the report. She hears all of it, and then passes you the marmalade.
- else:
    Beverly never asks why you signed. She takes breakfast at her own table now, with her own staff, and you could not say exactly when that began. {symptoms_reported:The crew's medical log, the one you had her send, is cited in a Son'a paper on cellular renewal. She forwards you the citation without comment.}
}
In the fifth month, between a change of command on a frontier station and a notice about replicator recalibration, the fleet bulletin carries one line: The Briar Patch survey is complete; the settler population has been resettled; the joint mission thanks all participating vessels.
* (qr_read_aloud) [Read the line aloud at the morning briefing]
    You read it aloud at the morning briefing, exactly as written, and then you go on to the next item, which is the seating plan for the Catullan delegation.
    Nobody says anything. {ending_tier(Riker) >= 2:Afterwards Will waits until the room has emptied and stands at the viewport beside you, and then goes to his watch without having said a word.|The room empties quickly afterwards, and nobody lingers.}
* [Close the bulletin, and go on with the day]
    You close the bulletin. The day goes on, and is full, and at no point in it does anyone ask whether you have seen the news.
-
+ [Dress for the evening's reception]
-
That evening there is a reception, and a string quartet, and a great deal of talk about trade. {qr_asked:Across the room Data is listening to the quartet with his head on one side. He has never asked you again about the boy. You have been waiting for him to.}{qr_fetched:The crate from Starbase 74 is in a cargo bay two decks below, where you had it put, because you have not yet decided where it belongs.}{data_state == destroyed && not qr_fetched:The crate is still on Starbase 74. The Enterprise will pass it in the spring.}
{ runs_completed > 0:
    For no reason you can name, you expect the quartet to break off in the middle of a phrase. It does not.
}
Standing at the viewport with a glass you are not drinking, you try to call it back: the moment on that world when something held still. {afternoon == afternoon_orchard:A seed-wing from the old tree, turning and turning on its way down and somehow never arriving, and Anij beside you, not explaining.|The square at noon, the day you walked up from the meadow, when for a little while nobody in it was hurrying, yourself included.} You know that it happened. You could describe it in a report.
You close your eyes and wait for it. {qr_read_aloud:What comes is the bulletin, in your own voice, reading the word resettled to a quiet room.|What comes is the bulletin, one line long, in a typeface chosen for legibility.} Then the quartet, finishing a phrase; someone laughing at the far end of the room; and the wine in your glass, still moving long after your hand has stopped. # ending: the-quiet-report
-> END

// ====================================================================== relocation
// Picard obeyed to the end. Reads transfer_manner, data_objection, sojef_told,
// baku_trust, and Crusher's silence at the dinner (her tier).

=== ending_relocation ===
The announcement is made on Earth seven weeks after the transfer, in a hall built for treaty signings. {dougherty_alive:Admiral Dougherty gives it himself, reading the figures from a card he does not need, with the relish of a tired man who has finally been allowed to say something good.|Admiral Dougherty is not there to give it. A deputy reads his figures from a card, and the hall stands for a minute in his memory before it sits down to applaud.} Particles harvested in nine days. Cellular renewal in every trial subject. A slide of a burns ward, then the same ward, empty.
The applause goes on until people begin glancing at one another to see who will stop first.
You sit in the third row in dress uniform, between a Vulcan physician and a Son'a one, who does not speak to you. He is the only Son'a in the hall. The rest took their share of the harvest and went home, and their ships did not trouble to say goodbye.
+ [Let the applause run its course]
-
The rings are on none of the slides. You saw them last from the Enterprise on the ninth day, when the collector folded its panels and drew away: dull now, the colour of old pewter, over a world already browning at the edges. The survey calls it sterile for several generations. {prime_directive == breached:It does not say who carried the people off it.|It does not mention the people at all.}
{ transfer_manner:
- transfer_humane:
    The Ba'ku woke on their new world knowing where they were, because someone had stood at each door and told them. Their first morning was not a discovery. It was a grief, and they had it together, in the square of a village they knew to be a copy.
- transfer_slow:
    The delays you found that night kept a few dozen families in their own beds until dawn. Then they were moved like the rest. The liaison's report calls you meticulous.
- else:
    { sojef_told:
        The Ba'ku woke believing they were home, all but one. Sojef knew, because you had told him on the holodeck, and he told the others himself, at the well, before anyone from Starfleet could.
    - else:
        The Ba'ku woke believing they were home. The program held for four days. Then a child noticed that the well rope had no splice in it, and a woman found the burn on her table gone, and by the end of the week they all knew.
    }
}
{ sojef_told && transfer_manner != transfer_by_book && transfer_manner != ():
    Sojef, who had heard the whole of it from you on the holodeck, stood in the square that first morning and answered their questions himself.
}
{ data_objection:
- data_grounded:
    Data has not touched a console since that night except under a direct order. He stands his watches and answers when spoken to. In the fourth week he files a request, correctly formatted, to be reassigned to stellar cartography, where, he writes, there is less occasion to object.
- data_gone:
    The Son'a found Data on the second day, standing alone in the empty village square with nobody left to protect, and returned him with a formal complaint and an invoice for two drones. He has been under review since. Asked by the board whether he would do it again, he said that he would do it sooner.
- data_silent:
    Data carried out every order you gave that night and has not spoken of it since. But the ship's library will tell you, if you ask it, that in seven weeks he has read the Prime Directive two hundred and twelve times, and the admiral's legal opinion once.
- else:
    { data_state == destroyed:
        Data's name is read out in the hall, among the officers lost in the course of the survey. Someone has taken the trouble to list him with the officers and not with the equipment.
    - else:
        Data is returned by the admiral's technicians the day before the announcement, in good order and with no memory of the lake. He asks you politely whether he missed anything of note.
    }
}
{ ending_tier(LaForge):
- 0:
    Geordi is not aboard. He asked to stay with the project, and the project was glad of him; he is on the processing station now, tuning the machines that turn the harvest into medicine, and his reports to you contain nothing but figures.
- 1:
    Geordi is the first of the crew to take the treatment. He tells you so in a corridor, quickly, as though he expects an argument. You do not give him one. A month later his eyes are his own for good, and he still cannot quite meet yours with them.
- 2:
    The project offers Geordi the treatment first among the crew: eyes of his own, permanently, no rings required. The forms are on his desk. He has not signed them, and he has not said why.
- 3:
    The project offers Geordi the treatment first among the crew, and he turns it down. "I had one sunrise on that planet," he says. "I think I'll leave it at one." # speaker: La Forge
}
+ [Go in to dinner]
-
There is a dinner afterwards for the mission's senior officers, and Beverly's place is across the table from yours.
{ ending_tier(Crusher):
- 0:
    Her chair stays empty through the soup. A steward removes her place card before the fish.
- 1:
    She says nothing through four courses: not to you, not to the admiral's staff, not to the Vulcan who asks her opinion of the trials. She eats very little and folds her napkin into exact thirds.
- 2:
    She talks pleasantly to her neighbours about nothing at all, and does not once look down the table at you, and when you speak to her she answers as a doctor answers a stranger.
- 3:
    She is silent the whole meal, which in thirty years you have never known her to be. When the glasses are filled for the toast she looks at you for the first time that evening.
}
{ ending_tier(Troi) <= 1:
    Deanna took leave the week after the transfer and has not come back from it. Will came tonight alone, and left before the coffee.
- else:
    Will and Deanna sit together at the far end and leave early, Will pleading a watch he does not have.
}
A captain you do not know rises and proposes a toast: to the harvest, and to the officers who carried it out.
* (rl_drank) [Raise your glass with the room]
    You raise your glass with everyone else. {ending_tier(Crusher) >= 1:Across the table Beverly's stays on the cloth, full, where the steward poured it.}
* [Leave your glass on the table]
    You leave your glass where it is. In a room that size nobody notices but the few who know you. {ending_tier(Crusher) >= 1:Beverly notices. She does not smile. Her hand comes to rest on the cloth beside her own untouched glass, a little nearer to yours than it was.}
-
Word comes down that there will be a commendation. {pd_stance == letter:It will praise your reading of the law, which was the admiral's reading.|It will praise your conduct, without saying which part of it.} There is leave owing to you besides, enough to reach the Ba'ku's new world and come back.
* (rl_visited) [Take the leave, and go to see them]
    The new world is greener than the old and a good deal colder, and its sky is wide and clean and has nothing in it at all.
    { baku_trust >= 40 || sojef_told:
        Sojef meets you where the road gives out, and walks you in. He asks after your crew by name. He does not ask why you came, and he does not thank you for it.
    - else:
        Sojef meets you where the road gives out, and does not walk you in. You talk where you stand, politely, for a quarter of an hour, and then he goes back to the village and you wait by the road for the shuttle, which will not come until dark.
    }
    { rl_drank:
        You cannot remember what the wine tasted of, in the hall on Earth.
    }
    At dusk the old ones carry chairs out to the end of the lane and sit facing east, where the rings would have risen. Nothing rises. They sit on until full dark, talking quietly, and then fold their chairs and go in, all but one, which stays out facing the empty east. Nobody tells you whose it is. # ending: relocation
    -> END
* [Write to Sojef instead]
    You write to Sojef instead: three drafts, and the third is the shortest. {rl_drank:You leave out the dinner.|You mention the glass you did not raise, and then take it out again.}
    The answer comes two months later, on Ba'ku paper, in the large wandering hand of a child still learning his letters.
    "Father says thank you for the letter. He says the sky here is too big. I think it is only empty. We are building a mill. It is going to squeak. I am going to make sure." # speaker: Artim
    It is signed with a drawing of a very small wheel. # ending: relocation
    -> END

// ============================================================== ashes-in-the-rings
// Act V diverts here as the rings begin to burn. The taken live, aboard Son'a ships; the
// kelbonite keeps a few of the rest. If Picard lives, he lives as a witness.

=== ending_ashes_in_the_rings ===
// A Picard who died at the collector never reaches this ending (see ashes_without_you below).
From where you are, it looks at first like a sunrise in the wrong place.
The light starts at the collector and runs along the inner ring, not fast, the way flame runs along a wick: white, then gold, then the dull red of a coal. The second ring takes it, and the third. Inside a minute the whole arch is alight from end to end, and the planet beneath is lit from above the way a street is lit by a house burning on the far side of it.
You are too far away to do anything, and near enough to see all of it.
* (ash_watched) [Watch it to the end]
    You watch. The fire leaves the rings and comes down. Over the northern continent the cloud cover flashes and lies flat, like paper in a grate. The lake is a bright coin for an instant, and then it is not. The hills are under there, and the orchard, and the village.
* [Turn away from the port]
    You turn away. You stand with your back to the port and your eyes on a bulkhead, and the light crosses the bulkhead in front of you, white and then gold and then red, and you learn the whole of it from that.
-
{ baku_taken >= 600:
    Nobody was left in the village to see it. Every one of the six hundred had already been taken up.
- else:
    {baku_taken == 0:All six hundred|Of the six hundred, {600 - baku_taken}} were still on the ground, in the hills and the caves and the lanes between.
    { ending_sheltered() > 0:
        Two days later a survey shuttle finds {ending_count(ending_sheltered())} of them alive in the deepest galleries, where the kelbonite that kept out the transporters kept out some of the fire as well. They walk out into a grey so complete that the children think it is night.
    }
}
+ [Count who is left]
-
{ baku_taken > 0:
    {baku_taken >= 600:All six hundred|Of the six hundred, {ending_count(baku_taken)}} are alive because the Son'a tagged them and took them up before the rings caught. {artim_tagged:Artim is among them: a drone took him in the hills in front of his father, and that is the whole reason he lives.}
    { gallatin_turn >= 3:
        Gallatin does not take them to Son'a space. He sets them down at the nearest Federation outpost, without orders, and turns his ship round before anyone there can ask him what he means by it.
    - else:
        They are taken to Son'a space, and for two months nobody outside it knows how they are kept. Then the Federation buys them back, for a price nobody will put in writing.
    }
}
{ ruafo_fate:
- ruafo_free: Ru'afo has his harvest. The reports say his face is smooth now, and that he has sent the surgeons away.
- ruafo_dead: Ru'afo did not live to enjoy the harvest. His officers have it instead, and do not seem to mourn him.
- ruafo_arrested: Ru'afo is in a Federation cell, and his people have the harvest anyway. The two facts are not connected, and never will be.
}
{ riker_run:
- lost: The Enterprise is a scorched hull somewhere in the nebula. Her people come home in lifepods, picked up one or two at a time over a fortnight, and the message to the Council comes home with nobody.
- crippled: The Enterprise saw it from where she drifted, engines dead and voice gone, with the message to the Council sitting complete in her buffers. Geordi's carrier wave was still calling when the rings caught.
- message_sent: The message reached the Council. By the timestamps it arrived forty minutes before the rings caught fire, and was logged, and queued.
- else: The Enterprise was where the admiral had put her, and saw all of it from a better angle than you did.
}
{ LIST_COUNT(planet_team) > 0:
    Everyone who came down to the planet with you is alive. {ending_tier(Troi) <= 1 && on_planet(Troi):Deanna will not be in a room with you, and offers no reason.|None of them says anything about the collector.}
}
+ [Answer the inquiry's summons]
-
There is an inquiry, and you are its principal witness. {prime_directive == breached:The Directive is read into the record with the word breached beside it, and nobody contests it, least of all you.} {standing < 30:The Judge Advocate General's office has sent an observer, who takes notes on you rather than on what you say.}
* (ash_names) [Begin with the names of the dead]
    You begin with the names. The survivors gave you the list, in their own hands, on their own paper, and you read all of it, every name, and it takes the whole of the morning session. Nobody asks you to hurry.
* [Begin with the sequence of events]
    You begin with the sequence: the march, the caves, the collector, the minute you chose to run. It is clear and complete and it takes forty minutes. The names are attached as an appendix.
-
{ ash_watched:
    When they ask what you saw, you tell them, because you watched it all.
- else:
    When they ask what you saw, you describe the light crossing a bulkhead, and then read the rest from the Son'a sensor logs in a voice that holds steady because the words are not yours.
}
+ [Go to the survivors]
-
The survivors are kept at {gallatin_turn >= 3:the outpost where Gallatin left them|an outpost on the Federation side of the Briar Patch}: prefabricated halls, a canteen, a fenced square of imported soil where nothing has yet come up.
{ picard_captive && LIST_COUNT(cave_choice) > 0:
    Anij came down from the hills on a Son'a stretcher and so she is alive. She walks with a stick now, and expects to, she says, for the rest of a life that has suddenly acquired an end.
}
{ ash_names:
    Some of them heard that you read every name. One man you do not know shakes your hand, and then, not sure what else to do, shakes it again.
- else:
    Some of them have read the appendix. They are polite to you, in the way of people who have decided not to spend what is left on anger.
}
In the canteen {picard_captive && LIST_COUNT(cave_choice) > 0:Anij|a woman from the potter's lane, whose name you learn only later,} beckons you over to the window. She has something held up between finger and thumb, in the light: a single grey hair, the first anyone has seen among them in three centuries. She turns it so that it catches the sun, as though it were a thread from the rings, and asks you, quite seriously, what your people do with them. # ending: ashes-in-the-rings
-> END

/* Never runs, so kept out of the story until a route to it is written: Picard dies only
   holding the override (act5_collector.ink, collector_race.stay), which destroys the collector,
   and the collector fires only if he lets go and runs (flee). scripts/cover.mjs and
   `insurrection verify` found no way here.

= ashes_without_you
The Ba'ku world, as the rings burn. # interlude: riker
Jean-Luc Picard does not see it. He died at the collector, and the collector fired anyway. # interlude: riker
The light starts where he fell and runs along the inner ring the way flame runs along a wick, white and then gold and then the red of a coal, until the whole arch is alight. Then it comes down through the sky. The cloud over the northern continent flattens like paper in a grate. The lake flashes once, and goes dark. # interlude: riker
{ baku_taken:
    Of the six hundred, {ending_count(baku_taken)} are alive because the Son'a took them up before it began. {artim_tagged:Artim is among them, because a drone found him in the hills.} # interlude: riker
- else:
    Nobody had been taken up. Nobody is spared that way. # interlude: riker
}
{ ending_sheltered() > 0:
    Two days later {ending_count(ending_sheltered())} more walk out of the deepest caves, where the kelbonite that kept out the transporters kept out some of the fire, into a grey so complete that the children think it is night. # interlude: riker
}
{ gallatin_turn >= 3:
    Gallatin sets the taken down at the nearest Federation outpost without orders, and turns his ship round before anyone can ask him why. # interlude: riker
- else:
    The taken are carried into Son'a space. Two months later the Federation buys them back, at a price nobody will write down. # interlude: riker
}
{ riker_run:
- lost: The Enterprise is a scorched hull in the nebula. Her people come home in lifepods, one or two at a time, over a fortnight. # interlude: riker
- crippled: The Enterprise watches from where she drifts, with no engines and no voice, and the captain's message complete in her buffers. # interlude: riker
- else: The Enterprise sees all of it, and can do nothing about any of it. # interlude: riker
}
There is an inquiry. {aboard(Riker) || on_planet(Riker) || command == relieved:It is Riker who gives it the captain's last orders, word for word, and Riker who reads the survivors' list of their dead into the record, every name, because there is no one else to do it.|The inquiry reads the captain's last orders into the record, and the survivors' list of their dead after them, every name.} It takes the whole of a morning, and nobody in the room asks for it to be shortened. # interlude: riker
{ ending_tier(Crusher) >= 2:
    Beverly goes to the outpost where the survivors are kept, and stays a month. She writes that they come to her with aches they have no word for, and that she has had to teach them one. # interlude: riker
}
At the outpost, in the canteen, an old woman finds a grey hair at her temple, the first among them in three centuries. She pulls it out and holds it up to the light of the window between finger and thumb, turning it so that it shines, as if it were a thread pulled loose from the rings, and asks the nearest Starfleet officer, quite seriously, what his people do with them. # interlude: riker # ending: ashes-in-the-rings
-> END

// =================================================================== the-last-stand
// Act V diverts here when Picard stays to finish the sabotage by hand. His last minutes are
// second person; after his death the ending is told from outside, third person, each line
// tagged as an interlude so the interface sets it apart.
*/

=== ending_the_last_stand ===
There is nobody to call, and once you have accepted that, the work is simpler.
The ignition housing stands open in front of you, a nest of conduits as thick as your wrist, humming with the charge that is meant to go out into the rings. You do not need to understand all of it. You need the charge to have nowhere to go but back into the machine.
{ ruafo_fate == ruafo_dead:
    Ru'afo is still somewhere on this platform. Whatever you do now, you do to him as well.
}
{ secrets ? perfect_moment:
    Your hands are steady. You learned that in the dark of the cave, with Anij holding the door.
}
+ [Pull the first coupling]
-
The first coupling is hot enough to blister through your sleeve, and comes free on the third pull. The second is easier, because now you know how they are made. The third you seat backwards into the primary feed, so that the collector will swallow its own charge.
A voice from the panel begins counting in Son'a. The numbers get shorter.
* (ls_called) [Send word that it is done, and that no one is to come]
    You open a channel on every frequency the panel will carry, and the nebula answers with a static like surf. You give your name; you say that the collector will not fire, and that nobody is to come looking; and, because there is time for one more sentence, that {aboard(Riker) || on_planet(Riker) || command == relieved:Will|the first officer} has the ship. You do not know whether anyone hears.
* [Say nothing, and give the seconds to the work]
    You leave the channel closed. Whatever you might say, the seconds are worth more to the last coupling, and you give them to it.
-
The last coupling seats with the sound of a door closing somewhere in a large house. The hum in the conduits climbs. There is nothing left for your hands to do.
* (ls_planet) [Look down at the planet]
    Below you the planet turns under its rings, blue and green and entire, with evening just crossing the lake. You cannot see the village from here. You look where it is.
* [Look outward, at the stars]
    Past the collector's rim the nebula thins into ragged gaps, with stars in them, sharp and very old. You find the one you would have set a course for in the morning.
-
+ [Stay where you are]
-
The Ba'ku world, afterwards. # interlude: riker
From the village, the end of the collector looks like a second sun that rises and fails in the same minute. Pieces of it fall all evening, and one, a strut the length of a house, comes down whole in the meadow below the village and lies smoking in the long grass. # interlude: riker
{ riker_run:
- crippled:
    The Enterprise reaches orbit six days later under tow, with no warp core and a transmitter built out of spare parts. # interlude: riker
- lost:
    The Enterprise does not come. Her crew arrives ten days later, out of the lifepods, aboard a rescue cruiser. # interlude: riker
- message_sent:
    The Enterprise makes orbit four days after the collector fell, with the Council's acknowledgement in her buffers. # interlude: riker
- else:
    The Enterprise has been in orbit all along, at the admiral's side, where {command == relieved:Riker kept her when he relieved the captain|she was ordered to stay}. She was never the ship the captain could have called. # interlude: riker
}
+ [Listen to the eulogy]
-
They hold the service in the meadow, beside the fallen strut, because the Ba'ku ask for it there. # interlude: riker
{ ending_tier(Riker):
- 0:
    Riker reads the eulogy because command has come to him and this comes with it. Whatever was unsettled between them, he keeps out of his voice. # interlude: riker
- 1:
    Riker reads the eulogy. He reads it well and a little stiffly, like a man in a dress uniform that fits too exactly. # interlude: riker
- 2:
    Riker reads the eulogy from a padd, and stops once, halfway down, and waits, and goes on. # interlude: riker
- 3:
    Riker reads the eulogy. He has written it out by hand and brought the page, and he does not look at it once. # interlude: riker
}
{ command == relieved:
    He relieved Jean-Luc Picard of command a few days ago. # interlude: riker
}
{ evora_reception.riker_dances.danced:
    "He once learned an Evora dance in front of two hundred people, badly, because the ambassador was watching and it mattered to her," Riker says. "He was worse at it than me. He knew it. He finished the dance." # interlude: riker # speaker: Riker
- else:
    "He liked to be the last to leave a room," Riker says. "I used to think it was stubbornness. I still do." # interlude: riker # speaker: Riker
}
{ ls_called:
    Then he reads the last transmission, which a relay buoy in the nebula caught and kept: a name, a position, the collector will not fire, nobody is to come. He reads the final sentence, about who has the ship, twice. # interlude: riker
- else:
    There was no last transmission. Riker says so, and says that it was like him, to give the time to the work. # interlude: riker
}
+ [Look along the line of mourners]
-
{
- data_state == impounded:
    Data is not there. He is still in the admiral's laboratory, and no one has yet found the form that would release him for a funeral. # interlude: riker
- data_state == destroyed:
    Data is not there. He fell in the nebula on the first day. {artim_tagged && not sona_flagship_secured:Sojef says that the two of them will be put in the same book, so that Artim can read it when he comes home.|Artim asks whether the two of them will be put in the same book, and Sojef says that they will.} # interlude: riker
- else:
    Data stands at the end of the line. {artim_tagged && not sona_flagship_secured:He has asked to be the one who tells Artim, when the boy is brought home.|Artim's hand is in his, because the boy asked and Data could find no reason to refuse.} # interlude: riker
}
{
- wounded == Worf:
    Worf stands with his arm strapped across his chest from the fight at the caves, and will not sit. # interlude: riker
- ending_tier(Worf) >= 2:
    Worf stands guard over the strut all night afterwards, because someone should. # interlude: riker
- else:
    Worf keeps to the back of the crowd, and leaves before the end. # interlude: riker
}
Geordi has taken his implants out for the service. Under the rings his eyes are nearly his own, and he wanted to see this with them. # interlude: riker
{ ending_tier(Crusher) >= 1:
    There is no body for Beverly to examine. She signs the certificate anyway, in the meadow, on her knee. # interlude: riker
- else:
    Beverly signs the certificate aboard ship, and does not come down. # interlude: riker
}
{ ending_tier(Troi) >= 2:
    Deanna stands with Will when the reading is done, close enough that their shoulders touch. {ending_tier(Riker) >= 2:Neither of them pretends it is for the other's sake.} # interlude: riker
- else:
    Deanna stands apart, among the Ba'ku, who make room for her without being asked. # interlude: riker
}
+ [Wait for the Ba'ku]
-
{ council_case() >= 3:
    The Federation Council voids the relocation order in a session that opens with a minute's silence. {prime_directive == breached:The same session notes that the captain breached the Prime Directive in the hills; the Ba'ku, told so, ask which part of it.|When the news reaches the village, Sojef only nods, as if told that the rain had come when it was due.} # interlude: riker
- else:
    The Council has not ruled, and will not for months. It has ordered that no ship approach the planet without the Ba'ku's leave, which the Ba'ku find reasonable, and late. # interlude: riker
}
{
- sona_flagship_secured:
    Gallatin comes down in a plain coat and stands at the back among the Ba'ku. Every captive the flagship held is home, and nobody sends him away. # interlude: riker
- baku_taken > 0:
    The Son'a ships that fled into the nebula still hold {ending_count(baku_taken)} Ba'ku. Their families stand at the front, because the rest of the village has put them there. # interlude: riker
}
{ ls_planet:
    At the end the captain looked down toward this valley. Nobody in the meadow knows that. # interlude: riker
- else:
    At the end the captain was facing outward, toward the stars. Nobody in the meadow knows that. # interlude: riker
}
When the officers have gone, the Ba'ku bring a cutting from the great tree in the square, the old one on its stone props, and plant it in the burnt ground at the foot of the strut. {cave_choice == cave_stayed_with_anij || cave_choice == cave_carried_anij:Anij watches from a chair they have carried down for her leg.} Sojef digs. Maelin ties it in with a strip of her own sleeve. # interlude: riker
{ artim_tagged && not sona_flagship_secured:
    Then Sojef goes to the stream and comes back with a flat stone, and sets it in the grass beside the sapling, where a prop will one day be wanted. Artim thinks of things like that. Sojef thinks of it for him. # interlude: riker # ending: the-last-stand
- else:
    Then Artim goes down to the stream with a cup and waters the graft himself, spilling a little at every step of the way back, so that only most of it arrives. He goes again, and again. Nobody tells him it is enough. # interlude: riker # ending: the-last-stand
}
-> END

// ================================================================ the-eleventh-hour
// Obeyed, then turned (late_turn), and the collector did not fire. Reads sojef_told,
// data_objection, baku_taken and the flagship, and the manner of the transfer.

=== ending_the_eleventh_hour ===
You write the letter on the third day after the collector {collector == stood_down:stood down|came apart}, at the table in the observation post where you initialled the transfer schedule. Nobody has thought to take the table away yet. Nobody has asked you for a letter either, which is why you are writing it now.
* (eh_short) [Write one sentence]
    You write one sentence: that you carried out an order you believed to be wrong for as long as it took you to stop, and that you resign your commission. You read it once. It is the right length.
* [Account for every order you initialled]
    You write it all: the sectors, the schedule, the manner of the transfer, the hour you walked out{data_objection == data_followed: and who walked out first}. It runs to four pages, and you sign each page.
-
{ dougherty_alive:
    Dougherty answers within the day. He does not accept the resignation, he writes, because it is not his to accept, and he has forwarded it to people who will. Then a second line, in a different tone: he wishes he had written one himself.
- else:
    There is no admiral to answer it. It goes to Starfleet Command, where it is acknowledged by a clerk.
}
{ transfer_manner == transfer_by_book:
    Starfleet's inquiry will find that the transfer was conducted strictly by the book, and that the book was followed by a captain who then threw it away. It will not know what to do with that.
}
+ [Count what is left undone]
-
{
- sona_flagship_secured:
    Every Ba'ku who was taken is home: the sleepers from the holoship and the ones the Son'a held. They came back over two days, in small groups, and the village took them in house by house as though from a long journey, and asked them very little.
- baku_taken > 0:
    Of the six hundred, {ending_count(baku_taken)} are still elsewhere, waking in a copy of their village on a world they did not choose, where the holoship set them down before anyone could call it back. Starfleet has promised to bring them home. A ship is being found.
- else:
    In the end nobody was carried off. The tagged were returned to their own beds before dawn, and some of them never knew they had been gone.
}
{ sojef_told && baku_taken > 0 && not sona_flagship_secured:
    Sojef is with them, by his own choice. He went down to that world too, so that someone would be there when they opened their eyes, and the message he sent back was four words long: they know; come soon.
}
{ data_objection:
- data_followed:
    Data walked into the hills beside you, and has been ordered back to the Enterprise pending review. He has asked the board to note, for accuracy, that he objected first. He has also asked them to note that you came.
- data_grounded:
    Data sat out the night you turned with his hands flat on a console you had ordered him not to touch. He has not asked why you changed your mind in the end. You suspect he is waiting to see whether you know.
- data_gone:
    Data was in the hills hours before you. When you came up the path at dawn he was already there, and he said only "Captain," as though you had been expected. # speaker: Data
- data_silent:
    Data worked the transfer console that night without a word. Since then he has spoken to you only on duty, precisely and courteously, the way he speaks to a computer.
}
{ ruafo_fate:
- ruafo_dead: Ru'afo died at the collector. The Son'a have gone, and taken their dead with them.
- ruafo_arrested: Ru'afo is in a Federation cell, complaining of the lighting.
- ruafo_redeemed: Ru'afo has not gone home with his people. He is camped across the river, alone, and nobody yet knows what to make of him.
- else: Ru'afo withdrew into the nebula with his ships and his grievance, both intact.
}
{ ending_tier(Riker) >= 2:
    Will has the Enterprise. He has not said what he thinks of your letter. He has sent down, without a note, the bottle from the back of your quarters that you were keeping for an occasion.
- else:
    Will has the Enterprise, and runs her without reference to you. The last order you gave him was to hold station at the admiral's side, and he is still holding it, with great precision.
}
{ ending_tier(Crusher) >= 2:
    Beverly comes down on the second day with a medkit you do not need, and stays to lunch, and talks about everything but the transfer.
- else:
    Beverly does not come down. She sends the Ba'ku a crate of medical supplies, addressed to the village and not to you.
}
+ [Go down to the village at dusk]
-
You go down to the village at dusk to say goodbye, meaning to be back aboard by dark.
The Ba'ku who are home meet in the square and decide, in about the time it takes to settle where a fence should go, that you may stay the night. Nobody explains the decision. {baku_trust < 40:Nobody pretends it is forgiveness, either, and the children are kept indoors.|Nobody pretends it is forgiveness. Somebody brings a blanket.}
{ eh_short:
    By the fire, Anij asks what you put in your letter. You tell her: one sentence. "One," Anij says, and waits. "Was it a long one?" # speaker: Anij
- else:
    By the fire, Anij asks what you put in your letter. You tell her: four pages. "Then you have left nothing for anyone else to say about you," she says. "That is either very honest or very proud." # speaker: Anij
}
{ ending_tier(Troi) >= 2 && sojef_told:
    Deanna stayed too. When the fire is low she sits down beside you. "You're relieved, Jean-Luc. You're allowed to be. Go to sleep." # speaker: Troi
}
{ sojef_told && baku_taken > 0 && not sona_flagship_secured:
    "There is a bed in my house," Anij says. "Sojef's is empty, and he would not thank you for sleeping in it." # speaker: Anij
- else:
    "There is a bed," Sojef says. "It is short. Everyone complains of it." # speaker: Sojef
}
* (eh_bed) [Accept the bed you are offered]
    You accept. The bed is narrow, and the blanket smells of woodsmoke and something like pepper, and you lie awake a long while under a low beam, listening to a house that does not hum.
* [Sleep by the embers in the square]
    You thank them and sleep in the square instead, beside the embers, under the great tree on its stone props, where anyone passing can see that you are still here.
-
+ [Sleep]
-
You wake at first light, stiff, to the sound of a door.
{
- sojef_told && baku_taken > 0 && not sona_flagship_secured:
    It is Sojef's door, across the lane. The night damp has swollen it in its frame, and the wind is worrying at it, and it will not open for anyone until he comes home to plane it. You put your shoulder to it once, gently, to be sure, and then leave it as it is. # ending: the-eleventh-hour
- eh_bed:
    It is Sojef, in the passage below, fighting his own front door. It sticks; it has always stuck. He swears at it mildly in a language you do not know, and heaves, and it gives with a crack like a branch, and the morning comes in around it, smelling of the river. # ending: the-eleventh-hour
- else:
    It is Sojef, across the square, fighting his own front door. It sticks; it has always stuck. He swears at it mildly, and heaves, and it gives with a crack like a branch, and he stands in the doorway with the morning coming in around him and lifts a hand to you. # ending: the-eleventh-hour
}
-> END

// ================================================================ the-empty-village
// The collector stopped, but the Son'a flagship escaped with three hundred or more Ba'ku.
// Reads baku_taken (as people and as houses), artim_tagged, ruafo_fate, gallatin_turn,
// the crew, and the promise of a rescue.

=== ending_the_empty_village ===
Eleven days after the collector {collector == stood_down:stood down|came apart}, the village holds a count, because someone has to, and Sojef asks you to stand beside him while it is done.
It takes until the bread is out of the ovens. They go lane by lane, and at each door someone says how many live there and how many are home. {baku_taken >= 600:None of the six hundred are.|{baku_taken} of the six hundred are not.} It comes, Sojef says, to {ending_houses(baku_taken)} houses' worth of people, though the Son'a did not take them by houses. They took a mother from one, two sons from the next, a grandfather asleep in a chair.
{ artim_tagged:
    At his own door Sojef's voice does not change at all. Three live here, he says. Two are home.
}
{ casualties > 0:
    There are {ending_count(casualties)} new graves on the slope below the caves as well. The count leaves them out. They are not waiting for anything.
}
{ ruafo_fate:
- ruafo_dead: Ru'afo is dead, and whoever commands the flagship now has not answered a single hail.
- ruafo_arrested: Ru'afo is in a Federation cell. His flagship did not wait for him; it went into the nebula with every captive aboard.
- else: Ru'afo ran when the collector failed, and took his cargo with him into the nebula.
}
{ gallatin_turn >= 3:
    If anyone aboard will bring them home, it is Gallatin. Before the flagship went dark he sent one message, to the relay on the Enterprise, addressed to Sojef by name: the word alive, and a number.
- else:
    Nobody aboard the flagship has said anything at all.
}
+ [Read Starfleet's answer]
-
Starfleet promises a rescue. {council_case() >= 3:In the same message it reports that the Council has voided the relocation, and that a task force will be assigned as soon as ships can be spared.|The message says a task force will be assigned as soon as ships can be spared.} You have written messages like it yourself. You know how long as soon as can be made to last.
{ riker_run == returned:
    The Enterprise searches the nebula for a week on her own authority, sweeping the gas in a pattern Geordi draws up overnight, and finds a Son'a ion trail that goes cold at the edge of the charts.
- else:
    The Enterprise is in no state to go looking. {riker_run == crippled:She sits in orbit on her impulse engines, with Geordi's people rebuilding her voice.|She sits in orbit, waiting on the same ships as everyone else.}
}
{ wounded:
    {wounded == LaForge:Geordi's face is mending under the rings, and Beverly has given up charting it and simply signs him fit.|{wounded == Crusher:Beverly's own wound is mending under the rings, and she has given up charting it.|The officer hurt at the cave mouth is mending under the rings, and Beverly has given up charting it and simply signs the discharge.}} It seems a poor trade, and nobody says so.
}
{ artim_tagged && ending_tier(Data) >= 2 && data_state != impounded:
    Data has asked leave to go after the flagship alone, in a shuttle, and been refused twice. He has not asked a third time. He spends his evenings at Sojef's table instead, and helps with the supper, badly.
}
{ ending_tier(Worf) >= 2:
    Worf has drawn up three plans for boarding a Son'a flagship and brought them to you in order of preference. The third requires only him.
- else:
    Worf has asked to return to his station. He does not say that it has anything to do with this.
}
{ on_planet(Troi):
    Deanna goes from house to house, and sits in kitchens, and mostly listens. {ending_tier(Troi) >= 2:{aboard(Riker):At night she beams up looking emptied out, and Will is waiting in the transporter room.|At night she comes back looking emptied out, and lets Will take her hand.}|She does not report to you afterwards, and you do not ask her to.}
}
+ [Walk the lanes with Sojef]
-
That evening you walk the lanes with Sojef. In the empty rooms everything is as it was left. In one kitchen a pot of beans was put to soak the morning the drones came, and the water has gone thick and sour, and nobody has liked to throw it out.
* (ev_lamp) [Light the lamp in the last window of the lane]
    The last house in the lane is dark. You find the lamp on the sill and the flint beside it, and after some trouble with the flint you light it. Sojef watches and does not stop you.
    "They will see that from the ridge," he says, "if they come home by night." # speaker: Sojef
* [Leave the houses as their people left them]
    You touch nothing. When you turn from the last door Sojef nods.
    "Good. They will want to find it as they left it." # speaker: Sojef
-
At the meadow's edge, before you go back up, he asks the question everyone has been asking you for eleven days, only plainly. "When?" # speaker: Sojef
* (ev_date) [Give him a date: before the harvest]
    "Before your harvest." # speaker: Picard
    He weighs it as he weighs every promise made to him, turning it over before he takes it. "Before the harvest," he repeats. # speaker: Sojef
* [Promise him only the truth, each time you learn it]
    "I don't know. I will tell you the truth each time I learn anything." # speaker: Picard
    "Then I will ask you each time," Sojef says. # speaker: Sojef
-
+ [Look back from the ridge]
-
From the ridge the village is a scatter of lights, and most of the windows are lit. {ev_lamp:The lamp you lit at the end of the lane is one of them; the neighbours have not let it go out.|You left the empty houses dark. The neighbours did not.} They take turns now, house by house, so that every empty room has a flame in its window each night and someone who has promised to sit up with it.
{ ev_date:
    The harvest you named will come, and be gathered, and go. From up here, at this distance, you cannot tell which of the lit windows have anyone behind them. # ending: the-empty-village
- else:
    From up here, at this distance, you cannot tell which of the lit windows have anyone behind them. The lamps will be lit again tomorrow, and the night after, for as long as it takes. # ending: the-empty-village
}
-> END

// ============================================================== paradise-at-a-price
// The Ba'ku keep their home, and Data is gone: fallen in the nebula in Act I (the whole
// game played without him), or spent at the collector in Act V in Picard's place.

=== ending_paradise_at_a_price ===
{ ending_data_fell_early():
    Three weeks after the collector {collector == stood_down:stood down|came apart}, you do a thing captains are advised not to do, and read the whole mission log from the beginning.
    Data is in it for a day and a half. After that, in every place where he would have been, there is someone else doing their best, or there is no one. {lake_partner:You went down into the lake with {lake_partner == Worf:Worf|Will} beside you, and made the guesses he would have measured.} In the hills nobody could tell you how the drones chose their marks until too many had been chosen. At the collector you were alone with a machine he would have understood in a glance.
    None of it is written down as his absence. You read it that way anyway, and the log is longer for it.
- else:
    Three weeks after the collector came apart, Geordi brings you the last telemetry from the platform. He has been through it more times than he will admit.
    Data took your place. He asked, and you let him, and he did the work quickly and without fuss, as he did everything, and at the end the telemetry shows him holding a coupling shut with his own hands for the eleven seconds the machine needed. There is no distress call in the record. He would not have wasted the bandwidth.
    "He kept a log right up to the end," Geordi says. "It's all numbers. Except the last line. He logged that he wasn't afraid, and then he corrected it: he said he couldn't be sure, and he'd rather be accurate." # speaker: La Forge
}
{ ruafo_fate:
- ruafo_dead: Ru'afo died with the collector. {ending_data_fell_early():Nobody has found it in themselves to mourn him.|So, in the end, there were two of them aboard it, and only one is being mourned.}
- ruafo_arrested: Ru'afo stands trial in the spring. He has asked, through his counsel, for a window on the east side, and been refused.
- ruafo_redeemed: Ru'afo is across the river, living in a tent, and comes down to the near bank most evenings and does not cross.
- else: Ru'afo slipped away into the nebula while the collector was failing, and has not been heard from.
}
+ [Go down to Data's quarters]
-
His quarters are as he left them. A half-finished painting on an easel, of the Enterprise from an angle nobody else would have chosen. A violin in its case. A stack of padds squared to the desk's edge.
{ ending_tier(LaForge):
- 0: Geordi has not come down. He sent a request for one item, a sensor pad Data borrowed and never returned, and nothing else.
- 1: Geordi is already there when you arrive, standing in the doorway, not going in.
- else: Geordi is already there, sitting on the floor with his back to the bunk, the way he sits in engineering when something will not come right.
}
* (pp_sealed) [Seal the quarters for now]
    You seal the quarters. There is no rush, and you would like, for a little while longer, to have somewhere aboard where he is still expected.
* [Let Geordi pack them]
    You leave the packing to Geordi. He does it over four evenings, slowly, and labels every box in a hand so neat it must have cost him effort.
-
{ ending_tier(Worf) >= 2:
    Worf asks for nothing from the quarters, and then, on the last day, asks for the violin bow, not the violin. He does not explain.
}
{ ending_tier(Riker) >= 2:
    Will takes the chair at ops during a quiet watch, once, and sits there for an hour, and then hands it back to the ensign who has it now.
- else:
    Will has not mentioned Data since. He runs the bridge with the gap at ops closed over, the way a good first officer closes a gap.
}
{ ending_tier(Troi) >= 2 && ending_tier(Crusher) >= 2:
    Deanna and Beverly hold a wake in Ten Forward that is more cheerful than you would have believed possible, and at which Beverly, to general astonishment, recites a limerick he once composed and made her promise never to repeat.
- else:
    There is a memorial service. It is dignified and well attended and too short, and afterwards everyone goes back to work, which he would have called efficient and meant as praise.
}
{ council_case() >= 3:
    The Council voids the relocation. Its finding cites {ending_data_fell_early():a Son'a weapon's wound in a Starfleet officer, which the officer did not live to describe|the conduct of a Starfleet officer at the collector, which it calls exemplary, a word Data would have checked}.
- else:
    The Council has not ruled on the relocation, and no one is in a hurry. The rings are still there; the collector is not. For now that is the ruling.
}
+ [Take the shuttle down to the village]
-
{ ending_data_fell_early():
    In the village, Artim finds you before you have crossed the footbridge. He has been waiting since the day you came back without the machine-man to ask how it happened, and a month of waiting has made him careful. "How did he die?" he asks, like someone who has practised. # speaker: Artim
- else:
    In the village, Artim finds you before you have crossed the footbridge. He is carrying a flat grey stone in both hands, as though it were an egg. It is the stone Data sat on to play their game, and Data gave it to him the night before the collector, and said only that he should keep it warm.
}
* (pp_told) [Tell him exactly what happened to Data]
    You tell him exactly: {ending_data_fell_early():the scout ship, the gunships, the debris among the trees|the platform, the coupling, the eleven seconds}. You do not make it smaller. Artim listens to all of it without interrupting, which you suspect has cost him a great deal.
* [Ask him what he remembers of Data]
    You ask him instead what he remembers. He thinks about it properly. {ending_data_fell_early():"He knocked down our oven wall," he says. "He threw a man in the millpond. He didn't get tired." He stops. "I only knew him one day."|"He let me win," Artim says. "He could have won for ever. He moved on purpose so I would keep playing." He frowns. "I still want to beat him properly."} # speaker: Artim
-
+ [Walk with him to the square]
-
{ ending_data_fell_early():
    The oven wall Data knocked down on his first day is still down. The village has rebuilt everything else he broke, the hedge and the millpond steps, but Artim will not let anyone mend the wall, and the bakers have given up asking. They bake in the half-oven now, and the bread comes out lopsided. {pp_told:Artim shows you the gap the way you might show someone a grave, and then, because he knows now how it happened, he stops and puts his hand flat on the broken stones.|Artim shows you the gap as proudly as if Data had made it yesterday.} {pp_sealed:You do not tell him about the door you sealed aboard the ship. He would ask why, and your answer would be his.} # ending: paradise-at-a-price
- else:
    In the square Artim sets the stone down in the grass, and sits on the next one, facing it, very straight, the way the game is played. {pp_told:He knows now what the eleven seconds were for. It does not seem to make him any less willing to play.|He does not ask you to play. The other stone is taken.} Nothing moves. A cloud crosses the rings. Then, after a long while, Artim tips very slightly to the left, as if a breeze had caught him, and loses on purpose to nobody. {pp_sealed:You decide, on the walk back, to unseal the door.} # ending: paradise-at-a-price
}
-> END

// ================================================================== a-house-divided
// The Ba'ku saved by a captain with too few friends left: Riker relieved him, or three
// officers or more are estranged. The hearing is a formality; the crew scatters.

=== ending_a_house_divided ===
The hearing takes forty minutes, in a room on Starbase 12 with the blinds half drawn. {command == relieved:Commander Riker's log of the relief is read into the record, and then yours, and the two are found to agree on every fact and on nothing else.|Your logs are read into the record, and the collector's wreck is cited, and nobody on the board remarks on who has come to sit behind you, and who has not.} The board notes that the Ba'ku are safe, and that the relocation order has {council_case() >= 3:been voided by the Council|lapsed for want of anyone willing to carry it out}. It returns you to command of the Enterprise and adjourns for lunch.
It is, everybody agrees afterwards, a formality. The transfer requests begin arriving the same afternoon.
+ [Read the requests]
-
{ ending_tier(Data):
- 0: Data asks to be posted to the Daystrom Institute, to study what he calls the reliability of command judgement. He cites no examples.
- 1: Data does not ask to leave. He asks instead for a copy of every order you gave in the Briar Patch, and reads them, and files no comment.
- else: Data asks for nothing. When the bridge crew changes around him, he learns the new names in an afternoon and goes on as before.
}
{ ending_tier(LaForge):
- 0: Geordi goes to the particle research station that was to have processed the harvest; they are glad of any engineer who has seen the rings. He leaves his engine room spotless, and no note.
- 1: Geordi stays. But he keeps to engineering, and takes his meals there.
- else: Geordi stays, and says so first, before anyone asks, as though it needed saying aloud.
}
{ ending_tier(Worf):
- 0: Worf returns to his station a week early. His report of the march calls you the captain and never once by name.
- 1: Worf returns to his station on the day his loan was due to end, neither early nor late, to the hour.
- else: Worf returns to his station when his loan ends, and writes to ask, formally, to be recalled if the ship ever needs him. It is the longest letter he has ever sent you.
}
{ ending_tier(Troi):
- 0: Deanna takes a counselling post on a colony station at the edge of Federation space. She tells you herself, and does not tell you why.
- 1: Deanna stays, and is scrupulously fair to you in every staff meeting, and no longer stops by the ready room at the end of a watch.
- else: Deanna stays. She is the one who tells you, gently, which of the others are leaving before the requests reach your desk, so that you can read them already knowing.
}
{ ending_tier(Crusher):
- 0: Beverly accepts a post at Starfleet Medical that she turned down twice before. {evora_reception.beverly.promised:She leaves the Evora place card on your desk, the one on which she wrote down your promised week of leave, without a word.|She leaves her staff's evaluations on your desk, complete and in order, without a word.}
- 1: Beverly stays, because sickbay needs her and she will not leave it to make a point. She has stopped arguing with you, which is worse.
- else: Beverly stays, and tells you to your face that she thinks you were right and that you went about it badly, which is more or less what she has told you every year since you met.
}
+ [Send for Will]
-
{ command == relieved:
    -> hd_relieved
}
-> hd_offered

= hd_relieved
Will is given his own ship. Men who relieve their captains and are proved half right usually are. He comes to the ready room before he goes, and stands, because you have not asked him to sit.
* (hd_right) [Tell him he was right to relieve you]
    "You were right to do it, Will. On what you knew, you were right." # speaker: Picard
    He takes that in. "I'd have liked to be wrong," he says. "It would have been easier to apologise." # speaker: Riker
* [Tell him you would not have done it in his place]
    "I wouldn't have done it, Will. Not in your place." # speaker: Picard
    "No, sir," he says. "You'd have gone down to the planet alone. Somebody had to keep the ship." He comes to attention, correctly, and goes. # speaker: Riker
- -> hd_walk

= hd_offered
Will has been offered a ship of his own. He has turned down ships before; this time the offer is on the desk between you, and he has not turned it down.
{ ending_tier(Riker) <= 1:
    He does not ask your opinion. He tells you he is taking it. You had known for a week.
}
* (hd_asked) [Ask him to stay]
    "Stay, Will. I'm asking." # speaker: Picard
    { ending_tier(Riker) >= 2:
        He lets out a breath. "You don't ask for much, Captain. I noticed." He picks the padd up, and puts it in his pocket instead of back on your desk, and stays. # speaker: Riker
    - else:
        "You're asking now," he says, not unkindly. "That's the trouble." He takes the padd with him when he goes. # speaker: Riker
    }
* [Tell him to take the ship]
    "Take it. You've earned it twice over." # speaker: Picard
    He nods slowly. "I had a speech ready for when you said no." # speaker: Riker
- -> hd_walk

= hd_walk
+ [Walk the ship the night before she sails]
-
The replacements come aboard at Starbase 12 over three days: good officers, well reviewed, who call you sir and have read about the Briar Patch in the same bulletins as everyone else. {command == relieved:Half the bridge crew who watched you relieved have asked for other ships, and have been given them.|A third of the crew has asked for other ships, and been given them, without a word of explanation required.}
Word reaches you from the Ba'ku by way of a supply courier: a bundle of dried fruit, and a line in Sojef's hand. {baku_trust >= 50:It thanks your people, all of them, by name, including the ones who sailed the other way.|It thanks Starfleet. It does not mention you.}
{ ruafo_fate == ruafo_redeemed || sona_flagship_secured:
    The Son'a captives are home. {gallatin_turn >= 4:Gallatin has gone back to the village himself, the courier says, and is mending a wall.}
}
{ hd_relieved.hd_right:
    Will's new ship left this morning. You told him he was right, and you still believe it, which does not make the corridor any shorter.
}
{
- hd_offered.hd_asked && ending_tier(Riker) >= 2:
    Will is somewhere aft, walking the ship the same way. Neither of you suggests you walk it together.
- hd_offered.hd_asked:
    Will's new ship left this morning. You asked him to stay, and he went anyway, and you respect him more for it than you would like.
- hd_offered:
    Will's new ship left this morning. You told him to take it, and he did, and the first officer's chair has a stranger in it who has not yet learned to sit in it sideways.
- not hd_relieved.hd_right:
    Will's new ship left this morning. You told him you would not have done what he did, and he has not written, and you did not expect him to.
}
You walk the officers' deck at the end of the night watch. Along the corridor the nameplates have been changed wherever the quarters have, and where an old plate came off and the new one has not yet gone up, there is a clean rectangle on the bulkhead, a shade brighter than the paint around it, where the light never reached. {estranged_count() >= 3:Of these, {ending_count(estranged_count())} are outside the quarters of officers who have served with you for years.|One of them is outside Will's.} # ending: a-house-divided
-> END

// ==================================================================== the-long-moment
// Picard stays (stay_with_baku). He sends his rank home with Riker and learns, in an
// orchard that will outlast him, to make a moment stand still. The Federation's verdict
// is given in one line.

=== ending_the_long_moment ===
The Enterprise leaves on the sixth day. Will comes down for you one last time, in case, and finds you in the orchard in borrowed clothes, with dirt on your knees, and understands before he has crossed the grass.
"You're sure," he says. It is not quite a question, and you do not answer it as one. # speaker: Riker
* (lm_pips) [Give him the pips from your collar]
    You take the four pips from the collar of the uniform you are no longer wearing, and put them in his hand, and close his fingers over them. "Give these to whoever asks for them." # speaker: Picard
    He looks down at his fist for some time. "Nobody's going to ask," he says. "I'll hold on to them until somebody does." # speaker: Riker
* [Give him your communicator, and keep the pips]
    You give him your communicator, which is Starfleet property, and keep the pips, which are yours. "They'll want that back. These I think I've earned." # speaker: Picard
    "They'll say you haven't." He weighs the communicator in his palm, then puts it away. "I'll tell them to come and take them off you. I'd like to see them try in this orchard." # speaker: Riker
-
{ ending_tier(Troi) >= 2:
    Deanna has come down with him. She does not try to talk you out of it. She takes both your hands, the way she does with a patient who has already decided, and says, "Yes. You're sure." Then she takes Will's arm, and they walk down through the rows without looking back. # speaker: Troi
}
{ ending_tier(Crusher) >= 2:
    Beverly sends a medical kit down on the last shuttle, with a note: for the knee, which you will pretend does not hurt in winter. Keep this, it says. It is a prescription.
- else:
    Beverly does not come down, and sends nothing. You had not expected her to, and it still takes you a while to stop listening for the shuttle.
}
{ ending_tier(Data) >= 2 && data_state != impounded:
    Data asks whether he may visit, on his leave. He has calculated that there will be seventeen opportunities in the next decade. Artim has already been told.
}
+ [Watch the ship go]
-
At dusk a bright point crosses the rings, slowly, and then quickly, and then is gone. Anij, beside you on the orchard wall, does not look up at it. She watches you watch it.
The Federation's verdict comes months later by supply courier, and is one line long.
{
- standing >= 50:
    Your resignation is accepted, with regret and with thanks for your service, and you are welcome home at any time.
- standing >= 30:
    Your resignation is accepted, and the matter of your conduct in the Briar Patch is closed, as far as it can be closed with you absent.
- else:
    Your name is struck from the lists, in absentia, for conduct the board declines to characterise.
}
You read it twice under the great tree, and then use the back of it for a list of grafts.
{ council_case() >= 3:
    The same courier carries the Council's order voiding the relocation. Sojef has it read aloud in the square, once, and then it goes into the chronicle, and the village returns to the harvest.
}
{ sona_flagship_secured || ruafo_fate == ruafo_redeemed:
    {gallatin_turn >= 4:By midwinter Gallatin has come home to the orchard, and works the row below yours, and speaks to you about weather and nothing else.|By midwinter the first of the Son'a have come back across the river, and the orchard has more hands than it knows what to do with.}
}
+ [Let the seasons turn]
-
{cave_choice != ():Anij's leg heals in a week, as everything here does, and she spends the second week pretending otherwise so that you will carry the baskets.|Anij keeps her own pace through the orchard, and by the first frost you have given up trying to make her walk faster.}
She teaches by not teaching. She sets you in front of things and leaves you there.
* (lm_millrace) [Practise on the millrace]
    You practise all winter on the millrace: a leaf riding the race toward the wheel, and then another. You watch until you can see the veins in them. Not one of them ever slows.
* [Practise on Maelin's grafting knife]
    You practise on Maelin's knife, as it opens the bark, the green beneath, the moment before the cut. She lets you watch a hundred grafts. The knife never once pauses for you.
-
"You are trying," Anij says. "You are still trying to arrive." # speaker: Anij
{ runs_completed > 0:
    Once, in the spring, you catch yourself on the orchard wall reaching for a communicator that is not on your chest, as though there were a ship to call and somewhere you were due. Your hand comes back to the stone. You stayed.
}
+ [Wait for the harvest]
-
At the end of summer the fruit is ready, and the bees are loud, and the grass under the old trees is thick with windfalls. You are on a ladder in the third row with a basket on your arm{lm_pips:, and nothing at all on your collar|, and four pips in a box in the house that you have not opened since the spring}.
A pear-plum lets go of the branch beside your hand.
You do not reach for it. You only look, the way you were shown, at one thing. And it does not fall. It hangs a hand's breadth below the twig, turning very slowly, blushed on the side that faced the rings, the light on its skin not moving. {lm_millrace:Not the leaf. This.|Not the knife. This.}
Below the ladder Anij has stopped with her basket on her hip, looking at the same thing you are. Neither of you reaches for it. # ending: the-long-moment
-> END

// ================================================================ the-prodigal-return
// Ru'afo stood the collector down when Picard reached for him. Gallatin goes into the
// orchard to meet his mother, and the Son'a begin, slowly and unwillingly, to come home.

=== ending_the_prodigal_return ===
Gallatin waits a fortnight before he comes down. He says afterwards that he was waiting until his face was fit to be seen; under the rings the surgeons' tight work has begun, very slowly, to give.
He comes down alone, in a plain coat, and stops at the orchard gate with his hand on the post, as if the gate might have an opinion about him.
* (pr_walked) [Walk him up through the rows]
    You walk him up through the rows. He says nothing the whole way. Halfway up he stops to lay his palm on the bark of one old tree, split and healed and split again, and says a word you do not know. Much later he tells you it was the tree's name.
* [Leave him at the gate, and let him go in alone]
    You stop at the gate. This is not a thing you have any business witnessing. He goes up alone, and you sit on the wall at the foot of the orchard with your back to the rows and listen to the bees.
-
{ pr_walked:
    Maelin is kneeling at the end of the last row, under his tree, with her knife and a strip of bark. She looks up. She looks at him for as long as it takes the bees to go from one tree to the next. Then she holds out the knife to him, handle first, and says his name. It is not the name you know him by.
- else:
    After a while you hear Maelin's voice from the top of the orchard. She says one word. It is not the name you know him by. Then nothing at all, and then a sound you walk farther down the wall so as not to hear.
}
+ [Let the autumn come]
-
The Son'a come home over the autumn, slowly, and not gladly: a dozen in the first month, then forty, then a whole ship's company once the flagship's crew has seen that nobody is punished for going home.
There are doors that do not open to them. There is a week of argument in the square about whether the people whose chronicle house was burned can pardon the ones who burned it, and all of it goes into the chronicle, in many hands. One family takes back its son and does not speak to him for a month. Another will not take him back at all, and he lives across the river in the exiles' camp.
{ ending_tier(Crusher) >= 2:
    Beverly spends her leave taking out sutures that have nothing left to hold, and keeps a jar of them on her desk, labelled, for reasons she will not discuss.
- else:
    The Son'a's own surgeons come down to take out their sutures, and find there is less for them to do each week.
}
{ rovek == rovek_treated:
    Ro'vek comes down on a stick and asks the first child he meets the way to the cold spring under the three stones. It is still running. He sits beside it all afternoon.
}
{ eshen_met:
    Eshen and the other Ellora are given a ship and their written release. Eshen chooses to stay a season and learn to graft, and declines to say why.
}
{ ending_tier(Troi) >= 2:
    Deanna sits in on the council's hearings without speaking. Sojef says afterwards that it helped to have someone in the room who knew which of the angry ones were only frightened.
}
{ council_case() >= 3:
    The Council voids the relocation, and finds it has no partner left for a harvest nobody now wants.
- else:
    The relocation is never cancelled. Its partner has gone home to the people it was meant to move, and it simply stops being anybody's business.
}
+ [Cross the river to the exiles' camp]
-
Ru'afo has not come into the village. He lives in a tent at the edge of the exiles' camp, with every mirror taken out of it. His face is coming back to him: an older face than the one he had made for himself, and younger every week.
He lets you sit down across from him.
* (pr_asked) [Ask him what he will do with the years]
    "What will you do with them? The years." # speaker: Picard
    He is quiet long enough that you think he will not answer. "Count them," he says at last. "I have been counting them for a century. I do not know how to stop." Then, to your surprise, a dry sound that might be a laugh. "Perhaps your friend in the orchard will teach me." # speaker: Ru'afo
* [Sit with him, and say nothing]
    You say nothing. Neither does he. After an hour he goes into the tent and comes back with two cups of something hot, and hands you one, and that is all the conversation you have.
-
+ [Go back across the river at harvest]
-
At the harvest the whole village is in the orchard, and half the exiles' camp stands at the ends of the rows, not sure whether it is meant to help. {pr_asked:Ru'afo is not among them. But he has come as far as the river bank, and stands there, counting something.|Ru'afo is not among them. You did not expect him to be. But there are two cups on the wall at the river's edge, and one of them is full.}
At the end of the last row stands the tree nobody picks, its branches on the ground under this year's weight, the grass beneath them brown and sweet with fruit nobody wanted.
Maelin gives Gallatin the basket. He stands under his own tree {pr_walked:with you a few steps behind him|while you watch from the wall}, with his mother at his elbow and half the village pretending not to look, and begins to pick, badly, bruising every third one. When the basket is full he stands holding it and does not know where it goes. Maelin takes it from him, hands it to the nearest child, and gives him an empty one. # ending: the-prodigal-return
-> END

// ================================================================ the-fountain-shared
// Dougherty lives, turns and testifies; Crusher's finding shows the renewal can be received
// in place. The Council voids the relocation, and the Ba'ku agree, on their own terms, to a
// small Federation hospice beyond the village.

=== ending_the_fountain_shared ===
The Council sits in closed session for three days. On the second, you and Matthew Dougherty are called together and seated at the same table, a little apart, with a jug of water between you that neither of you touches.
* (fs_first) [Speak before the admiral]
    You ask to speak first, and are allowed. You give them the holoship and the orders, the projection of a planet made barren for generations, and then you give them Beverly's readings from the hills: children healing in the open air, with nothing harvested and nothing taken. When you sit down, Dougherty has his hands flat on the table and is looking at them.
* [Let Dougherty speak first]
    You let Dougherty speak first. He does it badly, the way honest men confess: too many figures, too much context, and then, near the end, one plain sentence about what he signed and why, which he has clearly rehearsed and still cannot get through without stopping. When he sits down, nobody looks at him, out of courtesy, and you are the only one who does.
-
{ fs_first:
    Then he stands, and confirms every word, and adds the one thing you could not: that he knew. Somebody's stylus stops.
- else:
    Then it is your turn, and there is less to say than you had written down. He has said the hard part. You give them the evidence and Beverly's readings, and sit down.
}
{ ruafo_fate:
- ruafo_arrested: Ru'afo stands trial in the spring, in a Federation court, for the attack on Data at the duck blind and for what was done to the Ellora and the Tarlac. He arrives each day in a fresh face, and leaves it a little looser.
- ruafo_free: Ru'afo is tried in absentia. He is somewhere in the nebula with what is left of his fleet, and sends no counsel.
- else: Ru'afo is dead, and the Son'a who remain send a delegation to the Council that says very little and listens a great deal.
}
The Council voids the relocation order on the third day, and in the same resolution asks the Ba'ku, through you, whether they would consider something else.
+ [Carry the question to the village]
-
Sojef hears it out under the great tree, and then the village hears it out, and then they take three weeks to answer, which Dougherty's old staff find infuriating and you find entirely proper.
The answer is yes, on terms. Written out in Sojef's plain hand, the terms fill one side of a page. A hospice, small, beyond the boundary stones on the eastern slope, out of sight of the village and in full sight of the rings. No machines past the stones. No more than forty patients at once. Nothing taken from the rings, ever, not a particle. And anyone from the hospice who wishes to come into the village knocks, and waits to be asked in.
{ ending_tier(Troi) >= 1:
    Deanna reads the page over your shoulder. "The last term is the only one they argued about," she says. "Sojef told me. Half of them wanted it to say knock twice." # speaker: Troi
}
+ [Go back to the ship]
-
{ ending_tier(Crusher) >= 2:
    Beverly comes to your ready room with the terms in one hand and a staffing plan in the other. She wants the first year. She has already drafted the requisitions, she says, in case you were about to be sensible.
- else:
    Beverly brings you a staffing plan for the hospice, complete and exact, with her own name nowhere on it. Then she stands in the door a moment longer than she needs to.
}
* (fs_let_her) [Let her go for the first year]
    "Go. The ship can spare you for a year. I'm not sure I can, which is a separate matter." # speaker: Picard
    "It is," she agrees. "Write to me about it." {ending_tier(Crusher) < 2:Some of the stiffness that has sat between you since the hills goes out of her shoulders.} # speaker: Crusher
* [Ask her to stay aboard and choose someone]
    "Choose someone, Beverly. I need you here." # speaker: Picard
    She looks at you for a moment with an expression you have seen across a great many tables. "You do," she says, "and I'll choose well." She sends her best resident, and a long list of instructions, and a crate of books. # speaker: Crusher
-
{ ending_tier(LaForge) >= 2:
    Geordi spends his next leave at the hospice, sitting in the sun on the eastern slope with his implants in his pocket. He writes to you in his own hand at the end of the second week, in ink, because he wants to see if he can. The letters are large and uneven and entirely legible.
- else:
    Geordi has been offered a bed at the hospice for his leave, and has not yet said whether he will take it.
}
{ ending_tier(Riker) >= 2 && ending_tier(Troi) >= 2:
    Will and Deanna are married that autumn, on the slope below the hospice, with the Ba'ku's leave. The ceremony is short. The Ba'ku wine is not what anyone expected.
}
{ data_state != impounded:
    Data catalogues every plant inside the boundary stones for the hospice's records, and then, at Artim's insistence, every plant outside them as well.
}
+ [Go down for the first morning]
-
On the first morning the hospice has fourteen patients: burn cases from the war, a child with a wasting sickness, a Tellarite engineer with lungs like old leather. And one old man with a bad heart, sitting apart from the rest on a bench facing the rings, who resigned his commission a month ago and does not want anyone to call him admiral.
Dougherty sees you, and lifts a hand, and does not get up. He looks like a man who has put down something heavy and not yet noticed.
{fs_let_her:Beverly|The resident Beverly chose, a young man with very steady hands,} walks down from the hospice in the early light with a basket over one arm, past the boundary stones and along the path to the village, to ask whether one of the patients might be allowed to sit in the orchard. At the first door in the lane {fs_let_her:she|he} stops, and sets the basket down, and knocks, and waits to be asked in. # ending: the-fountain-shared
-> END

// ==================================================================== court-martial
// The Ba'ku are safe, and Picard stands before a tribunal: force was used on Starfleet, or
// the case that reached the Council was thin, or his standing fell too far. The verdict
// turns on his declared stance and the evidence sent (ending_verdict).

=== ending_court_martial ===
The court-martial convenes two months later at Starfleet Headquarters, in a room with a long window onto the bay. Most mornings the fog does not lift until the second witness.
The charges are read. {command:
- mutinous: Mutiny, in that you kept command of a starship of the line and took her into open defiance of lawful orders.
- covert: Conduct unbecoming an officer, in that you deceived your superior while appearing to obey him.
- resigned: Disobedience of a lawful order, and interference in a sanctioned operation. Your resignation, the court observes, was never accepted; you are tried as the officer you were.
- else: Disobedience of a lawful order, and interference in a sanctioned operation.
}
{ force_on_starfleet:
    And a further charge, that officers under your command used force against Starfleet personnel at the lake. The technician whose arm was broken is the prosecution's first witness. She is very young, and very fair to you, and that is worse.
}
{ dougherty_alive:
    {dougherty_doubt >= 4:Admiral Dougherty testifies for the defence, against the advice of his own counsel, and does himself no good at all.|Admiral Dougherty testifies for the prosecution, reluctantly, with his numbers. He does not look at you once.}
- else:
    Admiral Dougherty's reports are read into the record by a clerk. They are thorough, reasonable and warmly written, and every one of them is about you.
}
{ casualties > 0 || prime_directive == breached:
    The prosecutor is careful and unhurried. {casualties > 0:She reads out the number of the dead in the hills, {ending_count(casualties)}, and lets it stand in the room without comment.} {prime_directive == breached:She reads the word breached from your own officers' logs, and asks no one to explain it.}
}
+ [Listen to your officers testify]
-
Your officers are called one at a time.
{ ending_tier(Riker):
- 0: Will testifies that he carried out your orders and would not have given them. He is scrupulous, and it does you real damage.
- 1: Will answers every question to the letter and volunteers nothing, and leaves the stand without looking at you.
- 2: Will tells the court what you ordered and why you ordered it, and when the prosecutor asks whether he agreed, says that he obeyed, which was his job, and that he would again.
- 3:
    Will asks that his own log of the Briar Patch be entered beside yours, in full, and when the presiding officer asks why, says, "Because it's shorter than the captain's, and it says the same thing." She declines. He asks twice more. # speaker: Riker
}
{ force_on_starfleet:
    { ending_tier(Worf) >= 2:
        Worf tells the court that the order he was given at the lake was his own to interpret and that he interpreted it. It is not quite the truth, and he says it as though it were a vow.
    - else:
        Worf tells the court exactly what he was told at the lake, in your words, which he has remembered perfectly.
    }
}
{ data_state != impounded:
    Data is asked whether you acted within your authority. He says that you did not. He is then asked whether you acted rightly, and the prosecution objects, and the objection is sustained, and Data says, "Then I will not answer the question I was not asked," which goes into the record verbatim. # speaker: Data
}
{ ending_tier(LaForge) >= 2:
    Geordi is asked about the collector's projections, and explains them so clearly that the bench asks him twice to stop so that it can catch up.
- else:
    Geordi is asked about the collector's projections, and gives them flatly, as figures, and adds when pressed that he would have liked the chance to be asked his opinion before the fact.
}
{ ending_tier(Crusher) >= 2 && ending_tier(Troi) >= 2:
    Beverly and Deanna sit behind you every day, in the same two seats, and on the fifth day Beverly brings sandwiches and hands one over the rail to you in open court.
- else:
    The seats behind you are not always full.
}
The defence asks leave to call a Ba'ku witness. The court grants it, and the request goes out by courier to the Briar Patch, and comes back a month later in Sojef's hand, courteous and brief. {baku_trust >= 50:The Ba'ku thank you for the invitation, and decline it: it is the Federation's argument, and they would not want to be the reason it ends one way or the other. They add that you are welcome to visit.|The Ba'ku decline to take part in an argument about themselves, conducted in a place they have never seen, by people who did not ask them the first time.}
+ [Rise when the court asks for your statement]
-
The record shows that the Ba'ku are safe. {LIST_COUNT(evidence_sent) > 0:It shows, too, the packet you sent toward the Council{is_one_of(riker_run, (message_sent, returned)):, which arrived|, which never arrived and was pulled from the Enterprise's buffers afterwards}: {ending_count(LIST_COUNT(evidence_sent))} {LIST_COUNT(evidence_sent) == 1:item|items} of evidence{signature == unsigned:, unsigned}.|It shows that you sent the Council nothing it could use.} {eshen_shielded:The prosecutor asks why a steward's account you held is not in the packet. You tell her the steward was still aboard the Son'a flagship when you sent it, and she lets the point go.} {pd_stance == letter:It shows, last, that you told the admiral you accepted his reading of the law, and then acted against it.} The presiding officer asks whether you have anything to add.
* (cm_spirit) [Tell them what you believe the Directive is for]
    You tell them. Not the law: what it was for, before anyone wrote it down. You keep it short. When you sit down, two of the five officers on the bench are writing, and one of them has stopped.
* (cm_facts) [Say that the record speaks for itself]
    "The record is complete. I have nothing to add to it." # speaker: Picard
    It is the shortest statement the presiding officer has heard in twenty years, she remarks, and the most irritating, and she thanks you for it.
* [Take every charge on yourself]
    "Whatever was done in the Briar Patch, I ordered it, or I allowed it. Charge me, and let them go back to their ships." # speaker: Picard
    {force_on_starfleet:Behind you, Worf makes a sound in his throat and is silenced by the bailiff.|The prosecutor looks almost sorry for you.}
-
+ [Wait for the verdict]
-
{ ending_verdict():
- "acquitted":
    Acquitted on every charge but one. On that one the court imposes a formal reprimand, to be entered in your record and read by every board that ever considers you for anything, and returns you to command of the Enterprise. {cm_spirit:The presiding officer adds, for the record, that the court was not unmoved by the defendant's statement, and does not expect to be unmoved again.|The presiding officer wishes you a good voyage, in a tone that suggests a short one.}
- "dismissed":
    Guilty. Dismissed from the service. Your pension is left to you; your commission is not. {cm_facts:You said the record spoke for itself. It did.|The presiding officer reads it without inflection, and then, off the record, says she is sorry, and appears to mean it.}
- else:
    The court defers its verdict until the Council has ruled on whether the relocation order was lawful in the first place, and adjourns without a date. {cm_spirit:Your statement is attached to the referral. Someone on the Council will have to read it.|Until then, you are confined to Earth, and to waiting.}
}
+ [Open your personal log that night]
-
That night, in borrowed quarters at Headquarters, you open your personal log.
* (cm_logged_verdict) [Record the verdict, exactly]
    You record the verdict, word for word, with the date and the names of the five officers on the bench. It takes a minute and a half. You read it back once, and it is accurate.
* [Record the weather on the Ba'ku world instead]
    You do not record the verdict. The court has a record of it. Instead you record what the last courier from the Briar Patch reported: rain on the Ba'ku world for the first time in a month; the orchard will need it.
-
{ cm_logged_verdict:
    Then, because the log is yours and not the court's, you add one more line, not about the court: the date of the next courier from the Briar Patch. You close the log. Outside, the fog is coming back in over the bay, and you leave the window open to it. # ending: court-martial
- else:
    You close the log. Outside, the fog is coming back in over the bay, and you leave the window open to it. # ending: court-martial
}
-> END

// ============================================================== paradise-preserved
// The film's path: the collector stopped, the Council told enough to stop the relocation.
// If the flagship was secured every captive is home; if not, the text counts who waits.
// Gallatin and the first Son'a are met at the edge of the fields; Picard takes back his
// ship and promises a visit he means.

=== ending_paradise_preserved ===
The Council's answer reaches the Briar Patch on the fifth day, and it is short: the relocation suspended, the joint mission dissolved, and an inquiry convened into how any of it was authorised.
{ dougherty_alive:
    Admiral Dougherty is recalled to give evidence. He goes quietly. On the transporter pad he shakes your hand and says, "Your figures were better than mine." # speaker: Dougherty
- else:
    Admiral Dougherty's name is the first in the inquiry's terms of reference. He is not alive to answer to it, and the inquiry will have to make do with his reports, which are thorough.
}
{ ruafo_fate:
- ruafo_dead: Ru'afo died in the collector when it came apart. The Son'a do not ask for his remains; there are none to ask for.
- ruafo_arrested: Ru'afo is in a Federation cell, awaiting a trial he has already begun to describe as a persecution of the elderly.
- else: Ru'afo escaped the collector's end in a lifeboat and has not been found. Nobody is looking very hard.
}
{
- sona_flagship_secured:
    Every captive the Son'a held is home. The last of them came down on the second day, blinking, with their bundles, and were met in the square by half the village and a great deal of bread.
- baku_taken > 0:
    Not everyone is home. Of the six hundred, {ending_count(baku_taken)} are still aboard Son'a ships somewhere in the nebula{artim_tagged:, Artim among them}. The figure is chalked on the slate by the well, where the village keeps its notices, and it is the only notice there.{artim_tagged: Under it Sojef has started marking the days, and has stopped rubbing them out.} The Son'a have promised, through Gallatin, to return them. It is a promise made by people who are themselves only beginning to come home.
- else:
    Nobody was taken in the end. The drones' tags lie in a heap behind the mill, where the children have been forbidden to play with them and play with them anyway.
}
{ eshen_shielded:
    The Council's answer says nothing about the Ellora, because you never told it about them. You write to it again now that naming him can no longer cost him anything: a steward on the Son'a flagship, called Eshen, who was paid over as a debt.
}
+ [Go down to the edge of the fields]
-
On the seventh day the first of the Son'a come down.
They come on foot from a shuttle set down well outside the village, because Gallatin has told them that is how it is done here: a dozen of them, in plain clothes that do not fit, with faces still tight from the surgeons. Gallatin walks in front. He stops where the orchard meets the meadow, and goes no further.
The Ba'ku who choose to meet them go down through the long grass. {baku_trust >= 60:Sojef has asked you to stand with him, and you do.|You watch from the wall, which is where you have been asked to stand.} Nobody makes a speech. Somebody has brought bread, and after a while it is simply handed along the line, Ba'ku to Son'a, and nobody is quite sure who started it.
+ [Go back up to your ship]
-
{ command:
- mutinous: Starfleet Command reviews your mutiny for four days and then, in a letter that contains the word regrettable six times, declines to call it one. You are confirmed in command of the Enterprise.
- covert: Starfleet Command notes that you misled a superior officer for the better part of two days, and notes that the superior officer has asked that no action be taken. You are confirmed in command of the Enterprise.
- else: Starfleet Command declines your resignation, on the grounds that it was offered to the wrong people for the wrong reasons, and returns you to command of the Enterprise.
}
{ riker_run:
- lost: She lies in a spacedock at the nebula's edge under scaffolding, scorched along half her length, and the shipwrights give her a year. Will has been living aboard anyway, in a cabin with one working light, and the bridge is the first room they have finished.
- crippled: She lies at the nebula's edge with no warp core and a borrowed transmitter, waiting for a tug. Will has kept her ready for you anyway, down to the flowers in the ready room, which he swears he did not put there.
- else: She is waiting in orbit, {core_ejected:with a new warp core on the way and a cargo of spares lashed to her hull|patched and provisioned}, and Will has kept her in better order than you left her.
}
* (pv_asked) [Ask Will how she handled]
    "How did she handle, Number One?" # speaker: Picard
    {ending_tier(Riker) >= 2:He grins, the old grin. "Like she missed you, sir. She sulked whenever I sat down." # speaker: Riker|"Adequately, sir." He says it exactly, and steps back from the chair, and you understand that he has been waiting for you to ask something else. # speaker: Riker}
* [Take the chair without a word]
    You take the chair without a word. It has been adjusted, very slightly, for a taller man; you leave it as it is for now. Will, at your shoulder, notices that you have, and says nothing either.
-
{ ending_tier(Troi) >= 2 && ending_tier(Riker) >= 2:
    Deanna stands at Will's side, which is where she has stood all week, and neither of them seems to think it requires an explanation.
}
{ data_state == restored || data_state == damaged || data_state == malfunctioning:
    Data has applied for leave in the spring. The form asks for a purpose; he has written, after some thought, {secrets ? artim_play:"to lose a game"|"to inspect an oven wall"}.
    { promised_data_memory:
        {evidence ? data_memory:He means to walk the eastern shore of the lake as well, he tells you, and set it beside four days he remembers because you kept your word.|He means to walk the eastern shore of the lake as well, he tells you, in case the four days you once promised to find for him are still there. He does not say it as a reproach, which is what makes it one.}
    }
}
{ ending_tier(LaForge) >= 2:
    Geordi's eyes are fading again, slowly, with every day he spends aboard, and he has decided to let them. {geordi_sunrise:"I know what orange looks like now," he says, and goes back to the plasma figures. # speaker: La Forge|"A week," he says. "Ask me in a year whether that was enough." # speaker: La Forge}
- else:
    Geordi's eyes are fading again with every day away from the rings. He has put in for a post at the hospital station that will one day study them, and you sign the request without comment.
}
{ wounded:
    {wounded == Crusher:Beverly's own wound has healed without a mark under the rings, which she finds professionally insulting.|Beverly has signed off the last of the wounds from the cave mouth; under the rings they healed without a mark, which she finds professionally insulting.}
}
+ [Say goodbye in the village]
-
Before you leave the Ba'ku world you go down once more, to say goodbye properly. Will takes the shuttle down with you, {pv_asked:still listing the ways the ship sulked while you were away|and says nothing about the chair}. {cave_choice == cave_stayed_with_anij || anij_bond >= 4:Anij walks you back to the meadow, and does not ask you to stay, and you are grateful to her for that, and a little sorry.|Anij walks you as far as the orchard gate.} Sojef asks when you will come back.
* (pv_spring) [Promise Anij you will come back in the spring]
    "I'll come back," you tell Anij. "In the—" # speaker: Picard
    "When the orchard is in flower," she says, before you can finish. "You were going to say spring. Spring is too long." # speaker: Anij
* [Promise Sojef that you will knock first]
    "I'll come back," you tell Sojef. "And I'll knock." # speaker: Picard
    Sojef laughs outright. "Then we will know it is you," he says. "No one else does." # speaker: Sojef
-
The shuttle lifts from the meadow in the evening light. Below you the orchard runs down to the long grass, where people are still standing about in twos and threes, Ba'ku and Son'a, and the bread is going round again.
{ runs_completed > 0:
    For an instant, looking down, you hear a count being taken, lane by lane. Nobody below is counting.
}
{pv_spring:Before the shuttle has cleared the rings you write one word in the margin of the duty roster: orchard.|Before the shuttle has cleared the rings you log a course for your next leave, and mark it: Sojef's door.} Beside you Will is already arguing with the shuttle about the rings. It wants to go round them. He wants to go through. # ending: paradise-preserved
-> END

