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
The Enterprise clears the Briar Patch thirty hours after you sign. The nebula lets go of her grudgingly, sensors full of static to the last, and then the stars come back sharp and the buffers fill with eleven days of traffic, nearly all of it marked routine.
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
Will grows his beard back. It takes him three weeks, and Deanna tells him it is a pity in a tone that means the opposite, or else means exactly what it says; you can no longer tell, and you are not sure you were ever meant to.
{ ending_tier(Crusher) >= 2:
    Beverly asks you once, over breakfast, why you signed. You give her the answer that is in the report. She hears all of it, and then passes you the marmalade, which is how she tells you she has stopped arguing and not that she agrees.
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
That evening there is a reception, and a string quartet, and a great deal of talk about trade. {qr_asked:Across the room Data is listening to the quartet with his head on one side. He has never asked you again about the boy, and you find you had hoped he would.}{qr_fetched:The crate from Starbase 74 is in a cargo bay two decks below, where you had it put, because you have not yet decided where it belongs.}{data_state == destroyed && not qr_fetched:The crate is still on Starbase 74. The Enterprise will pass it in the spring.}
{ runs_completed > 0:
    For no reason you can name, you expect the quartet to break off in the middle of a phrase. It does not.
}
Standing at the viewport with a glass you are not drinking, you try to call it back: the moment on that world when something held still. {afternoon == afternoon_orchard:A bee above a blossom, its wings slow enough to count, and Anij beside you, not explaining.|The square at noon, the day you walked up from the meadow, when for a little while nobody in it was hurrying, yourself included.} You know that it happened. You could describe it in a report.
You close your eyes and wait for it. {qr_read_aloud:What comes is the bulletin, in your own voice, reading the word resettled to a quiet room.|What comes is the bulletin, one line long, in a typeface chosen for legibility.} Then the quartet, finishing a phrase; someone laughing at the far end of the room; and the wine in your glass, still moving long after your hand has stopped. # ending: the-quiet-report
-> END

// ====================================================================== relocation
// Picard obeyed to the end. Reads transfer_manner, data_objection, sojef_told,
// baku_trust, and Crusher's silence at the dinner (her tier).

=== ending_relocation ===
The announcement is made on Earth seven weeks after the transfer, in a hall built for treaty signings. {dougherty_alive:Admiral Dougherty gives it himself, reading the figures from a card he does not need, with the relish of a tired man who has finally been allowed to say something good.|Admiral Dougherty is not there to give it. A deputy reads his figures from a card, and the hall stands for a minute in his memory before it sits down to applaud.} Particles harvested in nine days. Cellular renewal in every trial subject. Burns, radiation sickness, the old wounds of the war: in time, all of it treatable.
The applause goes on until people begin glancing at one another to see who will stop first.
You sit in the third row in dress uniform, between a Vulcan physician and an empty chair with a card on it that reads Ru'afo. The Son'a did not come. They took their share of the harvest and went home, and their ships did not trouble to say goodbye.
+ [Let the applause run its course]
-
The rings are on none of the slides. You saw them last from the Enterprise on the ninth day, when the collector folded its panels and drew away: dull now, the colour of old pewter, over a world already browning at the edges. The survey calls it sterile for several generations. {prime_directive == breached:It does not say who carried the people off it.|It does not mention the people at all.}
{ transfer_manner:
- transfer_humane:
    The Ba'ku woke on their new world knowing where they were, because someone had stood at each door and told them. Their first morning was not a discovery. It was a grief, and they had it together, in the square of a village they knew to be a copy.
- transfer_slow:
    The delays you found that night kept a few dozen families in their own beds until dawn. Then they were moved like the rest. The liaison's report calls you meticulous.
- else:
    The Ba'ku woke believing they were home. The program held for four days. Then a child noticed that the mill had stopped complaining, and a man found that his door no longer stuck, and by the end of the week they all knew.
}
{ sojef_told:
    Sojef knew from the first morning, because you told him on the holodeck, and he told the others himself, at the well, before anyone from Starfleet could.
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
        Data's name is read out in the hall, among the officers lost in the course of the survey. Someone has taken the trouble to spell it correctly.
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
        Sojef meets you at the edge of the fields and walks you in. He asks after your crew by name. He does not ask why you came, and he does not thank you for it.
    - else:
        Sojef meets you at the edge of the fields and does not walk you in. You talk where you stand, politely, for a quarter of an hour, and then he goes back to the village and you wait by the road for the shuttle, which will not come until dark.
    }
    { rl_drank:
        You find you cannot remember what the wine tasted of, in the hall on Earth.
    }
    At dusk the old ones carry chairs out to the end of the lane and sit facing east, where the rings would have risen. Nothing rises. They sit on until full dark, talking quietly, the way people sit up with someone who is dying, and then fold their chairs and go in, all but one, which stays out facing the empty east. Nobody tells you whose it is. # ending: relocation
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
{ picard_fate == picard_dead:
    -> ashes_without_you
}
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
    {600 - baku_taken} Ba'ku were still on the ground, in the hills and the caves and the lanes between.
    { ending_sheltered() > 0:
        Two days later a survey shuttle finds {ending_sheltered()} of them alive in the deepest galleries, where the kelbonite that kept out the transporters kept out some of the fire as well. They walk out into a grey so complete that the children think it is night.
    }
}
+ [Count who is left]
-
{ baku_taken > 0:
    {baku_taken >= 600:All six hundred|{baku_taken} Ba'ku} are alive because the Son'a tagged them and took them up before the rings caught. {artim_tagged:Artim is among them: a drone took him in the hills in front of his father, and that is the whole reason he lives.}
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
- lost: The Enterprise is a scorched hull somewhere in the nebula. Her people come home in lifepods, picked up one or two at a time over nine days, and the message to the Council comes home with nobody.
- crippled: The Enterprise saw it from where she drifted, engines dead and voice gone, with the message to the Council sitting complete in her buffers. Geordi's carrier wave was still calling when the rings caught.
- message_sent: The message reached the Council. By the timestamps it arrived forty minutes before the rings caught fire, and was logged, and queued.
- else: The Enterprise was where the admiral had put her, and saw all of it from a better angle than you did.
}
{ LIST_COUNT(planet_team) > 0:
    Everyone who came down to the planet with you is alive. {ending_tier(Troi) <= 1 && on_planet(Troi):Deanna will not be in a room with you, and she does not explain, and she does not need to.|None of them says the obvious thing: that they are alive because you ran, and so are you.}
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
The survivors are kept at {gallatin_turn >= 3:the outpost where Gallatin left them|an outpost on the Federation side of the Briar Patch}: prefabricated halls, a canteen, a fenced square of imported soil where nothing has yet come up. For the first time in three hundred years, they are growing older.
{ picard_captive && LIST_COUNT(cave_choice) > 0:
    Anij came down from the hills on a Son'a stretcher and so she is alive. She walks with a stick now, and expects to, she says, for the rest of a life that has suddenly acquired an end.
}
{ ash_names:
    Some of them heard that you read every name. One man you do not know shakes your hand for it and does not let go for some time.
- else:
    Some of them have read the appendix. They are polite to you, in the way of people who have decided not to spend what is left on anger.
}
In the canteen {picard_captive && LIST_COUNT(cave_choice) > 0:Anij|a woman from the potter's lane, whose name you learn only later,} beckons you over to the window. She has something held up between finger and thumb, in the light: a single grey hair, the first anyone has seen among them in three centuries. She turns it so that it catches the sun, as though it were a thread from the rings, and asks you, quite seriously, what your people do with them. # ending: ashes-in-the-rings
-> END

= ashes_without_you
The Ba'ku world, as the rings burn. # interlude: riker
Jean-Luc Picard does not see it. He died at the collector, and the collector fired anyway. # interlude: riker
The fire runs along the rings like a lit wick and comes down through the sky, and the lake flashes once and goes dark. {baku_taken:{baku_taken} Ba'ku are alive because the Son'a took them up before it began.|Nobody had been taken up. Nobody is spared that way.} {ending_sheltered() > 0:Two days later {ending_sheltered()} more walk out of the deepest caves, where the kelbonite kept out some of the fire.} # interlude: riker
{ aboard(Riker) || on_planet(Riker):
    It is Riker who gives the inquiry the captain's last orders, word for word, and Riker who reads the survivors' list of their dead into the record, because there is no one else to do it and he will not let it be an appendix. # interlude: riker
- else:
    The inquiry reads the captain's last orders into the record, and the survivors' list of their dead after them. # interlude: riker
}
At the outpost where the survivors are kept, an old woman finds a grey hair at her temple, the first among them in three hundred years, and holds it to the light of the canteen window as if it were a thread pulled from the rings. # interlude: riker # ending: ashes-in-the-rings
-> END

=== ending_the_last_stand ===
The collector comes apart. # ending: the-last-stand
-> END

=== ending_the_eleventh_hour ===
You turn late. # ending: the-eleventh-hour
-> END

=== ending_the_empty_village ===
Half the houses are dark. # ending: the-empty-village
-> END

=== ending_paradise_at_a_price ===
The Enterprise is short one officer. # ending: paradise-at-a-price
-> END

=== ending_a_house_divided ===
The crew scatters. # ending: a-house-divided
-> END

=== ending_the_long_moment ===
You stay. # ending: the-long-moment
-> END

=== ending_the_prodigal_return ===
The Son'a come home. # ending: the-prodigal-return
-> END

=== ending_the_fountain_shared ===
The fountain is shared. # ending: the-fountain-shared
-> END

=== ending_court_martial ===
A tribunal sits. # ending: court-martial
-> END

=== ending_paradise_preserved ===
The rings are safe. # ending: paradise-preserved
-> END
