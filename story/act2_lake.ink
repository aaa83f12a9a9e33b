// act2_lake.ink: Act II, The Lake. The investigation: Data's wound (or his wreck),
// the village by daylight, the first afternoon (orchard, chronicle or shoreline,
// mutually exclusive), the rings' effects on the crew, the holoship under the lake,
// the quiet-report gate, covert intelligence, and the plan laid out by Dougherty.
// Enters at act2; leaves by -> act3, or -> ending_the_quiet_report.

=== act2 ===
# chapter: 2 The Lake
# checkpoint: chapter-2
Ship's morning. The Enterprise holds orbit above the Ba'ku world, close enough to the Briar Patch that the dust throws her running lights back at her.
{ data_state == destroyed:
    -> debris_field
}
-> data_diagnostic

// ------------------------------------------------------------ helpers (read only)

// How Picard first came to the village in Act I: "honest", "cover" or "brief".
=== function act2_met_as()
{
- pd_strain > 0:
    ~ return "cover"
- anij_bond > 0:
    ~ return "honest"
- else:
    ~ return "brief"
}

// The officer who flew the shuttle in Act I (Worf if none was recorded).
=== function act2_partner()
{ is_one_of(shuttle_partner, (Riker, LaForge)):
    ~ return shuttle_partner
}
~ return Worf

// What Picard can put on the table, in words.
=== function act2_proof_phrase()
{ LIST_COUNT(evidence):
- 0: ~ return "nothing you could put in front of a court, only a feeling that will not go away"
- 1: ~ return "one piece of proof, and a great deal of feeling"
- 2: ~ return "two pieces of proof, and the shape of something they do not yet add up to"
- 3: ~ return "three pieces of proof, and the shape of something they do not yet add up to"
}
~ return "a handful of proof, and the shape of something it does not yet add up to"

// An officer's name as it reads in prose.
=== function act2_name(who)
{ who:
- Data: ~ return "Data"
- Riker: ~ return "Riker"
- LaForge: ~ return "Geordi"
- Worf: ~ return "Worf"
- Troi: ~ return "Deanna"
- Crusher: ~ return "Beverly"
}
~ return "Worf"

// Who walks the shoreline and the hills with Picard: Data if he is whole and aboard.
=== function act2_data_with_us()
~ return data_state == restored

// The hours the lake dive costs (bible: 2, one less with data_memory, one less after the survey).
=== function act2_dive_cost()
~ temp n = 2
{ evidence ? data_memory:
    ~ n--
}
{ afternoon == afternoon_shoreline:
    ~ n--
}
~ return MAX(0, n)

// ============================================================ data_diagnostic

=== data_diagnostic ===
Data lies on his back in the cybernetics lab with his eyes shut and his hands folded on his chest. Someone has put a folded blanket under his head, which he does not need.
{ data_state == damaged:
    A blackened seam runs down his left side, where your phaser strike found the scout's drive and, through it, him. The lab smells faintly of scorched polymer.
}
Geordi has the panel at the back of Data's head open. Beverly stands at the foot of the table with a medical tricorder, treating him as she would any patient who cannot yet answer.
{
- shuttle_partner == LaForge:
    "The shutdown code held all night," Geordi says, without looking up. "He went under clean. I want that on record, because it's the only clean thing about this." # speaker: La Forge
- shuttle_partner == Riker:
    "Will's been down twice to ask how deep the drive hit went," Geordi says. "I told him: deep, and not his fault. He didn't look like he believed me." # speaker: La Forge
- worf_sang:
    "He's humming," Geordi says. "Deactivated, and his audio buffer is still cycling that tune you and Worf sang at him. Worf asked me not to mention it. So I'm mentioning it to you." # speaker: La Forge
- else:
    "Morning, Captain." Geordi does not look up. "Pull up a stool. This is going to take some explaining." # speaker: La Forge
}
* (asked_found) [Ask what he has found]
    "Tell me what you've found, Geordi. All of it." # speaker: Picard
    He turns the monitor so that you can see it. "All of it is going to take a while. The part that matters takes about ten seconds." # speaker: La Forge
* (asked_pain) [Ask whether Data is in any distress]
    "Is he in any distress?" # speaker: Picard
    "His pain receptors report to the same net as everything else, and it's quiet," Beverly says. "Whatever he felt out there, he isn't feeling it now." She glances at Geordi. "But you should see what he felt." # speaker: Crusher
* (asked_doctor) [Ask Beverly why she is making house calls on androids]
    "Since when do you make house calls on androids, Doctor?" # speaker: Picard
    "Since Geordi found a wound and wanted someone who knows what one looks like." Beverly does not smile. "I know what one looks like." # speaker: Crusher
- Geordi highlights a small crater below Data's left arm. The bioplast around it has fused to something like glass.
"Energy weapon. The signature matches a Son'a sidearm," he says. "And it's old, Captain. Days old. It was there before any of us came near him." # speaker: La Forge
"A hit like that drops his ethical subroutines into command," Geordi goes on. "He wasn't broken. He was running the part of himself that's built to run when everything else fails." # speaker: La Forge
~ gain_evidence(data_wound)
"Admiral Dougherty's report says he malfunctioned without provocation," Beverly says. "This is provocation." # speaker: Crusher
* (asked_near) [Ask who was near Data when he was hit]
    "Who was near him when he was hit?" # speaker: Picard
    Geordi calls up the duck blind's logs. "Nobody, according to these. There's a hole six minutes wide, right where the wound happened. Nothing corrupted. Cut out clean, by somebody who knew where to cut." # speaker: La Forge
    { dougherty_call.questions.replayed:
        The four seconds missing from the admiral's recording fall inside it.
    }
* [Have Beverly sign the scan into the medical log]
    "Put it in the medical log, Beverly. Under your name, with the scan attached." # speaker: Picard
    She looks at the tricorder, and then at you. A signed finding is a doctor telling a vice admiral that his report is wrong, and both of you know it. "Gladly," she says, and signs with a flourish. "Let someone tell me I've misread a burn." # speaker: Crusher
    ~ wound_certified = true
    ~ loyalty(Crusher, 5)
* [Look at Data's face for a while]
    You say nothing. Data's face has the perfect stillness of a thing that has been switched off, and it does not suit him.
    Geordi notices you looking. Without a word he dims the lamp above the table by a third, and then goes back to work a little more gently.
    ~ loyalty(LaForge, 5)
- "Which brings me to the real question," Geordi says. "How do you want him back?" # speaker: La Forge
"The proper way, I go through his whole neural net and rebuild his memory buffers for the last four days, frame by frame. Two hours, probably more{data_state == damaged:, with that drive burn in the way}." He taps the open panel. "The fast way, I patch the fail-safe and wake him now. He'll be Data. He just won't have last week." # speaker: La Forge
* [Take the padd Beverly is holding out]
- "And a third way," Beverly says, "which arrived from the admiral's office while you were on your way down." # speaker: Crusher
The padd is courteous and brief. Son'a cybernetics specialists stand ready aboard the flagship to relieve the Enterprise of the burden.
{ sona_gunships:
    "They've already got his schematics," Geordi says, not quite looking at you. "We sent them. Remember?" # speaker: La Forge
}
* [Order the full diagnostic, however long it takes]
    "Do it properly, Geordi. Every frame." # speaker: Picard
    Geordi pulls his stool in, and the tightness goes out of his shoulders. "Yes, sir. Beverly, can you stay for the motor cortex?" He is already working. # speaker: La Forge
    ~ gain_evidence(data_memory)
    ~ pass_time(2)
    ~ loyalty(LaForge, 5)
    -> diagnostic_deep
* [Have Geordi patch him and wake him now]
    "Patch him and wake him. We need him more than we need his last week." # speaker: Picard
    "Understood." Geordi's hands are already moving. "For the record, I'd have liked the week." # speaker: La Forge
    -> diagnostic_quick
* [Send Data to the admiral's technicians]
    -> diagnostic_impound

= asked_pain_told
// Shown as Data wakes, if Picard's first question was about his pain.
{ data_diagnostic.asked_pain:
    "The captain's first question was whether you were hurting," Geordi tells him. "Before the wound. Before anything." # speaker: La Forge
    Data turns his head to look at you. "I would not have thought to ask that about myself," he says. "I will try to remember that someone did." # speaker: Data
}
->->

= diagnostic_deep
Two hours become two and a half. You stay for most of it, a padd of ship's business unread on your knee, while Geordi walks Data's memory back one frame at a time.
{ data_state == damaged:
    The drive burn takes longest. Twice Geordi stops, swears at a fused relay under his breath, and starts again.
}
~ data_state = restored
At last Data opens his eyes, looks at the ceiling, and then at you.
"Captain." A pause, exactly one second long. "I was at the lake." # speaker: Data
{ promised_data_memory:
    "You said that you would find my missing days," he says. "I had prepared to hold you to it, politely. I see that I need not." # speaker: Data
}
-> asked_pain_told ->
* [Ask what he found there]
    "What did you find there, Data?" # speaker: Picard
    "A carrier signal, from the eastern arm, where the survey grid had a hole in it. I followed it to the shore. Past a certain point my sensors returned only rock, and I did not believe them." He sits up. "Then a Son'a officer fired on me from the trees. I do not remember what I meant to do next. I remember being certain." # speaker: Data
* (himself) [Ask whether he is himself again]
    "Are you yourself again?" # speaker: Picard
    Data considers the question with care. "I am the self I was four days ago, with four days added. Whether that is the same thing, I cannot say." He sits up. "The four days end at the lake. A signal from the eastern arm; a stretch of water my sensors insisted was rock; a Son'a officer in the trees." # speaker: Data
* {data_heard} [Tell him you still want to know if he was right]
    "You asked me last night whether you were right. I still want to know." # speaker: Picard
    Data's head tilts. "Then we want the same thing, sir, and I have a place to begin." His voice is warmer than the words. "The eastern arm of the lake. My sensors called it rock. I was shot before I could learn what else it was." # speaker: Data
    ~ loyalty(Data, 5)
- Geordi leans back and rubs his eyes. "Well. That's the part of last week I was hoping to find." # speaker: La Forge
"I would like to return to the village, Captain," Data says. "I frightened its people. I owe them an apology, and I would prefer to make it before I make anything else." # speaker: Data
* [Take him with you]
    "Then we'll go together." # speaker: Picard
    -> return_to_the_village
* (shared_apology) [Say you owe them an apology too]
    "We both owe them one. We'll deliver them together." # speaker: Picard
    Data nods once, like a man watching a ledger balance.
    -> return_to_the_village

= diagnostic_quick
It takes Geordi a quarter of an hour. Data opens his eyes on the sixteenth minute, looks at the ceiling, and then at each of you in turn.
"Captain. Doctor. Geordi." A pause. "I appear to have missed something." # speaker: Data
{ promised_data_memory:
    Last night you promised him those days. Geordi, who heard you promise it, keeps his eyes on the panel he is closing.
}
-> asked_pain_told ->
* [Ask what he remembers]
    "What do you remember?" # speaker: Picard
    "Fragments. Light on water. A child's face, close to mine. A great deal of running." Data's brow creases. "The sequence is gone. I have the pieces without the order." # speaker: Data
* [Ask whether he is functioning normally]
    "Are you functioning normally?" # speaker: Picard
    "All systems are within tolerance." Data sits up. "{data_state == damaged:My left side is stiff. I believe I was shot at by my own crew. That is a new sensation.|I have, however, a gap of four days, which is not normal for me.}" # speaker: Data
* [Apologise for how he was stopped]
    "I'm sorry, Data. For how we had to stop you." # speaker: Picard
    "An apology is not required." He considers it anyway. "Though I am glad it was offered." # speaker: Data
    ~ loyalty(Data, 5)
- "I would like to return to the village," Data says. "From what I am told, I frightened its people. I should like to apologise to them, even if I cannot remember what for." # speaker: Data
~ data_state = restored
Geordi snorts softly. "That might be the most Data thing anybody's ever said." # speaker: La Forge
* [Take him down with you]
    "Then come with me. We'll find out together what you're apologising for." # speaker: Picard
    -> return_to_the_village
* (warned) [Warn him the village may not welcome him]
    "They may not be pleased to see you." # speaker: Picard
    "Then I will apologise for that as well," Data says. # speaker: Data
    -> return_to_the_village

= diagnostic_impound
"The admiral's people are better equipped for this," you say. "Send him across." # speaker: Picard
Geordi does not answer. He closes the panel at the back of Data's head gently, the way you might close a book someone else is still reading.
~ loyalty(LaForge, -15)
~ data_state = impounded
~ shift_standing(5)
~ decline()
Two Son'a medical attendants arrive with a Starfleet technician who will not meet anyone's eyes. To walk him to the transporter, they wake Data for ninety seconds.
He looks at the attendants, at the padd, and at you. "Captain. I would have preferred to be repaired by Geordi." # speaker: Data
{ promised_data_memory:
    "You told me last night that we would find my missing days," he adds. "I had understood 'we' to include Geordi." # speaker: Data
}
~ loyalty(Data, -20)
-> asked_pain_told ->
* [Tell Data you will bring him back]
    "This is temporary, Data. I'll bring you back." # speaker: Picard
    "I will remember that you said so," Data says. Nobody in the room can tell whether he means it as a comfort. # speaker: Data
    ~ promised_data_back = true
* [Let them take him without a word]
    You let the silence answer for you. Data looks at you a moment longer, then lets the attendants steady his arm, as courteous to them as if he were the host.
- The transporter whines and he is gone. Beverly pockets a data chip and lets you see her do it: her copy of the scan{wound_certified:, with her signature on it}.
Geordi leaves the lab before you do.
-> return_to_the_village

// ============================================================== debris_field

=== debris_field ===
~ temp who = act2_partner()
Overnight, the largest piece of the scout, the drive section, fell out of orbit and came down in the hills across the lake from the village. From the shuttle, at first light, it is a long black scar through the trees, and then a scatter of bright metal that catches the sun.
{ who:
- Riker: Will flies with two fingers on the yoke. He has not made a joke since the gunships fired.
- LaForge: Geordi has his tricorder open on his knee and has not looked at it once.
- else: Worf sits at the tactical station with his hands flat on the console, holding it down.
}
The comm chimes. "Jean-Luc. I'm sorry about your officer. Ru'afo's pilots did what the schematics told them to. His people have a recovery craft twenty minutes out," Dougherty says. "They'll tidy that up. No need for your crew to go picking through it." # speaker: Dougherty
{ scout_destroyed.claimed:
    Gallatin's "for now" has lasted one night.
}
* [Set down beside the wreck]
    You take the shuttle down into the clearing the crash made. The air smells of split pine and hot metal.
* (circled) [Circle once, low, and look]
    You circle once, low. From above, the wreck has the shape of something that tried, until the last second, to land. At the clearing's far edge, well away from the scar, the bracken lies pressed flat in three neat squares: landing struts, and not yours.
    You set down beside them.
- In the middle of the scatter, thrown clear of the hull, lies Data. Most of him. His face is intact and his eyes are open, turned up to the rings.
{ who:
- Riker: "Captain." Riker's voice is perfectly even. "Tell me we're taking him home." # speaker: Riker
- LaForge: Geordi makes a sound you have never heard him make, and then he is out of the hatch and kneeling in the wet leaves.
- else: "He fought well," Worf says, to no one. Then, to you: "He should not be swept up like scrap." # speaker: Worf
}
* [Tell Dougherty the remains are Starfleet's, and stay]
    "Admiral, these are the remains of a Starfleet officer. They come home with us. We'll wait here until they do." # speaker: Picard
    A silence on the channel. "Of course, Jean-Luc. Of course. I'll tell Ru'afo to hold off." # speaker: Dougherty
    The Son'a craft arrives anyway, and hangs above the trees for twenty minutes before it turns away.
    ~ raise_alert(5)
    -> debris_recovered
* (beamed) [Beam the remains aboard before anyone can object]
    "Transporter room, lock on to Commander Data and every piece of Starfleet equipment in this clearing. Now." # speaker: Picard
    The wreckage shimmers and goes, and Data with it. When the Son'a craft arrives there is nothing left for it to collect. Dougherty's next call is noticeably less warm, and Ru'afo's people log a complaint.
    ~ raise_alert(10)
    -> debris_recovered
* [Leave the wreck to the Son'a recovery team]
    -> debris_left

= debris_recovered
~ temp who = act2_partner()
{ debris_field.beamed:
    { who:
    - Riker: Riker flies the empty shuttle home with both hands on the yoke. Halfway up he starts to whistle, two notes, low, and stops.
    - LaForge: Geordi rides back in the aft compartment anyway, beside the bench where the remains would have been.
    - else: Worf stands the whole way back, facing aft, as an honour guard stands over a bier that has gone on ahead.
    }
- else:
    { who:
    - Riker: Riker stays at the helm the whole way back. Once he reaches over and squeezes your shoulder, and goes back to flying.
    - LaForge: Geordi rides back in the aft compartment with the remains, one hand resting on them.
    - else: Worf stands the whole way back beside the remains, as an honour guard would.
    }
}
~ loyalty(who, 5)
* [Go down to the lab when they call]
- In the lab, Geordi and Beverly work for an hour on what the gunships left. When you come down, Beverly has a scan up on the wall.
"Look under the left arm," she says. "That's not from the gunships. It's days older. A Son'a sidearm, at close range." # speaker: Crusher
~ gain_evidence(data_wound)
"That's what tripped his fail-safe," Geordi says. "He was shot first, and then he ran. Everything Dougherty called a malfunction started with this." His voice is steady until the last word. # speaker: La Forge
{ debris_field.circled:
    "And somebody got to him before we did," Geordi adds. "His memory core's been cut out. Clean cuts, Son'a tools." You think of the three flattened squares in the bracken. # speaker: La Forge
- else:
    "And somebody got to him before we did," Geordi adds. "His memory core's been cut out. Clean cuts. Whoever it was came and went in the dark, and didn't leave a card." # speaker: La Forge
}
* [Ask whether anything of him can be saved]
    "Is anything of him left, Geordi? In the net?" # speaker: Picard
    Geordi shakes his head slowly. "Pieces. Colours. A few seconds of water. Not him, Captain. Nothing that would know us." # speaker: La Forge
* [Have Beverly sign the finding into the log]
    "Sign it, Beverly. Your name on it, attached to the log." # speaker: Picard
    She signs with the stylus pressed hard enough to scratch the padd. "For him," she says. "It's the least I can do. It's also about the most." # speaker: Crusher
    ~ wound_certified = true
    ~ loyalty(Crusher, 5)
* [Put a hand on Geordi's shoulder]
    You put a hand on Geordi's shoulder. He does not look round, but after a moment he covers it with his own.
    ~ loyalty(LaForge, 5)
- Beverly saves the scan three times, to three different places. You have a village to go back to, and a question about who shot a Starfleet officer at a joint observation post and then wrote it down as a malfunction.
* [Take the shuttle back down to the village]
    -> return_to_the_village

= debris_left
~ temp who = act2_partner()
"Let the Son'a have it, Admiral. We'll take the report." # speaker: Picard
"That's the sensible thing," Dougherty says. "Thank you, Jean-Luc." # speaker: Dougherty
~ decline()
~ shift_standing(5)
{ who:
- Riker: Riker takes the shuttle up without being told, and keeps his eyes on the instruments the whole way, though they need no watching.
- LaForge: Geordi climbs back into the shuttle and sits down carefully, like a man carrying something that might spill.
- else: Worf checks the charge on his phaser, holsters it, and checks it again, all the way back to the ship.
}
~ loyalty(who, -5)
The Son'a craft lifts the wreck in a tractor beam, with everything in it that might have told you how Data came to be shooting at his own side. By afternoon the flagship has stopped answering questions about the remains.
-> return_to_the_village

// ===================================================== return_to_the_village

=== return_to_the_village ===
The shuttle sets down in the meadow below the village a little before noon.
{ act2_data_with_us():
    Data steps out after you and stops on the grass, like a guest unsure whether the ground has forgiven him.
- else:
    You come down alone. It feels, absurdly, like arriving late to a dinner.
}
Yesterday you came for your people. Today you have time to look: stone houses under deep eaves, a millrace, washing drying on a hedge, bread somewhere. In no direction is there the hum of a machine.
{ runs_completed > 0:
    Crossing the little footbridge, you step over the board that gives underfoot before you have seen it. Only on the far bank do you wonder how you knew.
}
A boy comes pelting down the lane and pulls up short in front of you. Artim, Sojef's son.
{
- act2_data_with_us():
    -> artim_at_the_wreck
- data_state == impounded:
    -> artim_impounded
- else:
    -> artim_lost
}

= artim_at_the_wreck
"You," Artim says to Data, with enormous seriousness. "Are you still broken?" # speaker: Artim
{ data_diagnostic.diagnostic_quick.warned:
    Data glances at you. "The captain warned me that you might not be pleased to see me." # speaker: Data
    "I'm not pleased," Artim says. "I'm interested. It's different." # speaker: Artim
}
* [Let Data answer for himself]
    You stand back. Data looks down at the boy.
    "I have been repaired," Data says. "I am told I owe you an apology, though I do not remember the offence." # speaker: Data
    "You knocked down the wall of our bread oven." Artim considers him. "You can help build it back. Then you're forgiven." # speaker: Artim
    "I accept your terms," Data says gravely. When Artim has run off for a trowel, Data turns to you. "Thank you for letting me speak for myself, sir. I had prepared remarks." # speaker: Data
    ~ loyalty(Data, 5)
* [Ask Artim what Data did]
    "What did he do, Artim?" # speaker: Picard
    "He ran through Maelin's hedge and over the oven wall and he threw a man into the millpond and he didn't even get tired!" Artim looks at Data with open admiration. "Can you do it again?" # speaker: Artim
    "I would prefer not to," Data says. "But I will help rebuild the wall." # speaker: Data
- { data_diagnostic.diagnostic_deep.shared_apology:
    You make your own apology, for the room on the hill and the people who watched from it. Artim hears you out, scratching one ankle with the other foot, and says he will tell his father you said it properly.
    ~ trust(5)
}
-> village_elders

= artim_impounded
"Where's the machine-man?" Artim looks past you at the shuttle. "He said he'd show me how he doesn't need to breathe." # speaker: Artim
* [Tell him the truth: others are repairing Data]
    "He's being repaired by other people, on another ship. I don't know yet when he'll be back." # speaker: Picard
    Artim frowns the way children frown at grown-ups who have decided something stupid. "Why didn't your people fix him? You're his people." # speaker: Artim
    You have no good answer, and he can see it. But he walks beside you up the lane, which he need not have done.
    ~ artim_truth = true
    ~ trust(5)
* [Tell him Data is busy]
    "He's busy today." # speaker: Picard
    "No he's not." Artim says it without malice, as a fact about weather. "You'd have said where." He goes off up the lane, kicking a stone. # speaker: Artim
- -> village_elders

= artim_lost
{ village_arrival.artim:
    Artim has the grey hood from the observation suit with him, folded into a square no bigger than his hand. "What happens to this now?" he asks. "If he isn't coming for it." # speaker: Artim
- else:
    Artim has the grey hood from the observation suit, folded into a square. "You went before I could give you this," he says, and holds it out. "Is he coming for it?" # speaker: Artim
}
* [Tell him plainly how Data died]
    You kneel so that your eyes are level with his. "He was killed, Artim. Ships fired on his ship, and it fell in the hills. I was the one who told them to fire." # speaker: Picard
    Artim takes a step back. Then he asks whether it hurt, and whether Data was scared, and whether machine-men get buried. You answer all three as honestly as you can.
    ~ artim_truth = true
    ~ trust(5)
* [Tell him to keep the hood for now]
    "Keep it for now, Artim. I'll explain later. It's a long story." # speaker: Picard
    He studies your face for longer than a boy should need to. Then he puts the hood in his pocket and takes your hand, and holds on to it all the way up the lane.
- -> village_elders

= village_elders
Sojef comes down the lane wiping flour from his hands.
{ act2_met_as():
- "honest": "Captain," he says, as though your rank were a name he had agreed to learn. "You said you would come back properly. You have." # speaker: Sojef
- "cover": "The surveyor," he says, with the faintest weight on the word. "Or is it captain, today? Your machine-man's friends call you captain." # speaker: Sojef
- else: "You came yesterday only to take your people and go," he says, not unkindly. "Today you walked up from the meadow. That is different." # speaker: Sojef
}
Behind him, at the heart of the village, stands a tree so vast that its lower limbs have been propped on stone pillars, like an old man on sticks.
"My father planted that," Artim says, following your eye. "When he was my age." # speaker: Artim
* [Ask Sojef how old he is]
    "Forgive me. How old are you, Sojef?" # speaker: Picard
    "Three hundred and nine, this spring." He nods at Artim. "He keeps the count. I lost interest somewhere around two hundred." # speaker: Sojef
* [Put your hand on the tree's bark]
    You lay your palm on the trunk. The bark is ridged deep enough to take your fingers to the second knuckle, and warm where the sun has been on it.
    "My grandfather dug the hole," Sojef says. "I held the sapling straight. I was about his size." He tips his head at Artim. # speaker: Sojef
* [Say nothing, and look at the tree]
    You look at the tree: at the bark, at the stone props, at the man beside it with no grey anywhere in his beard.
    "You've worked it out," Sojef says. "Most of your observers had to be told. One of them asked twice." He sounds pleased with you. # speaker: Sojef
    ~ trust(5)
- The rings do it, he explains: something in the light they give off mends what time breaks. Nobody here is ill for long. Nobody here has been buried of old age in three hundred years.
{ act2_met_as() == "cover":
    -> sojef_cover
- else:
    -> sojef_welcome
}

= sojef_cover
"Yesterday you told us you were surveying," Sojef says. "Your face told us something else. I would like to know which to believe." # speaker: Sojef
* [Admit the cover story, and apologise]
    "I lied to you yesterday. I'm a Starfleet captain, and my people had been watching you in secret. I'm sorry." # speaker: Picard
    Sojef is silent for a moment. Then he nods, slowly, like a man who has felt a splinter come out. "Thank you. That cannot have been easy for a man who enjoys being believed." # speaker: Sojef
    ~ trust(5)
* [Keep to the story]
    "I am here on survey business. Nothing more." # speaker: Picard
    "As you say." Sojef's courtesy does not change at all, which is worse than if it had. Artim, beside him, looks from one of you to the other, and moves a step closer to his father. # speaker: Sojef
    ~ trust(-5)
- -> sojef_storehouse

= sojef_welcome
{ act2_met_as() == "brief":
    "Your people ate at our tables the night your machine-man opened their hiding place," Sojef says. "One of them leaned back on Hollin's chair and broke it." # speaker: Sojef
  - else:
    "Your observers were good guests, for the one night we had them," Sojef says, with a nod toward the lane where they stayed. "One of them still owes Hollin a chair." # speaker: Sojef
}
* [Thank him for feeding the observers]
    "Thank you for what you did for them. You owed them nothing." # speaker: Picard
    "Thank Hollin's wife," Sojef says. "It was her soup. She always makes too much, and she was glad of the mouths." # speaker: Sojef
* (chair) [Offer to have Hollin's chair replaced]
    "I'll see the chair is replaced." # speaker: Picard
    Sojef laughs, surprised into it. "Hollin would be mortally offended. He has been looking forward to mending it since the moment it broke." # speaker: Sojef
- -> sojef_storehouse

= sojef_storehouse
You walk with him through the village. At the mill the wheel turns a stone as old as the tree. A girl mends a loom with a bone needle, and does not look up at your uniform.
Sojef stops to let a handcart by. "We had machines for all of this, once," he says. "We set them down." # speaker: Sojef
* (tricorder) [Show Sojef your tricorder]
    You hold it out to him. He takes it in his floury hands, opens it, closes it, and weighs it the way he might weigh a loaf.
    "Ours folded the other way," he says, and gives it back. # speaker: Sojef
* (bread) [Take the heel of bread a baker holds out]
    A woman at a doorway holds out the end of a loaf without a word, and you take it. It is still warm, heavy with seeds, and you eat it walking.
    "Ilsa bakes for the whole lane," Sojef says. "She'll want to know what you thought." # speaker: Sojef
* (young_ones) [Ask whether anyone ever wanted the machines back]
    "Did anyone ever want them back?" # speaker: Picard
    "Once." Sojef watches the girl at the loom. "It's in the chronicle. We don't talk about it in the street." # speaker: Sojef
- At the edge of the square he stops. "Your people watched us from behind a curtain, Captain. Will they come back to it?" # speaker: Sojef
* (promised) [Promise him the blind will not be rebuilt]
    "It will not be rebuilt. You have my word." # speaker: Picard
    Sojef takes your hand in both of his and shakes it once, hard, the way a bargain is struck at a market.
    ~ trust(5)
* (honest_answer) [Tell him honestly that you cannot promise it]
    "I can't promise you that. It isn't my decision alone. I can promise you'll hear the truth from me." # speaker: Picard
    Sojef nods. "I'll tell the council that. They'll like it better than a promise. We've had promises." # speaker: Sojef
    ~ trust(5)
* (knock) [Ask what he would have you do]
    "What would you have me do?" # speaker: Picard
    He takes his time over it, scratching at his beard. "Knock on the door," he says. "It is how we do it here." # speaker: Sojef
    ~ trust(5)
- -> first_afternoon

// ============================================================ first_afternoon

=== first_afternoon ===
The afternoon opens in front of you, and there is time for one thing, done properly.
{ return_to_the_village.sojef_welcome.chair:
    A man crosses the square with a broken chair lashed to his back and does not return your nod. Hollin, you assume, and still offended.
}
{ not act2_data_with_us():
    { artim_truth:
        Artim is sitting on the wall by the well, swinging his heels, and lifts a hand to you.
    - else:
        Artim is sitting on the wall by the well. When you look his way he finds something interesting at the other end of the square.
    }
}
{ baku_trust >= 25:
    Anij stands at the orchard gate with a basket on each arm. She tips her head toward the rows without quite looking at you.
- else:
    Anij stands at the orchard gate with two baskets. She nods to you, pleasantly enough, and goes in alone. Whatever she shares in there, she does not share with a stranger she is unsure of.
}
Sojef says he will be at the chronicle house, copying, if you would like to see how the village remembers.
{ act2_data_with_us():
    Data has his tricorder out and is looking up at the hills with frank curiosity. "The ridge above the village is geologically unusual, sir. I would value a second opinion." # speaker: Data
- else:
    Worf has come down on the afternoon shuttle with a survey kit and the expression of a man who would rather be shooting something. "The hills should be surveyed, Captain. Properly." # speaker: Worf
}
* {baku_trust >= 25} [Walk through the orchard with Anij]
    -> orchard
* [Read the village chronicle with Sojef]
    -> chronicle
* [Survey the shoreline and hills with {act2_data_with_us():Data|Worf}]
    -> shoreline_survey

// ------------------------------------------------------------------- orchard

=== orchard ===
~ afternoon = afternoon_orchard
~ pass_time(1)
Anij walks the rows without hurrying, and you have matched her pace before you notice it. The trees are old, their trunks split and healed and split again. The fruit hangs low, something between a pear and a plum, blushing on the side that faces the rings.
{ act2_met_as() == "honest":
    "You came back," she says. "I had a small bet with myself." # speaker: Anij
- else:
    "You came," she says. "Maelin said you wouldn't. Maelin owes me an egg." # speaker: Anij
}
* [Ask what she is listening for]
    She pauses at each tree with her head a little on one side.
    "What are you listening for?" # speaker: Picard
    "Bees. If they're loud, the fruit is ready." She moves on a step. "If they're quiet... I'm early. So I go away. And I come back." # speaker: Anij
* (carried) [Take the second basket from her]
    "Let me take one of those." # speaker: Picard
    She unhooks a basket from her arm and hangs it on yours, and looks pleased with the arrangement. "Good. Now you have to stay until it's full." # speaker: Anij
* [Walk beside her without speaking]
    You walk beside her without speaking. Halfway down the second row she stops, and you realise she has stopped because you did, and you stopped because a wren has landed at eye level and is watching you both.
    "There," she says softly, as if you had done something clever. # speaker: Anij
- She picks by touch, not by sight, and drops each fruit in the basket without looking.
"Your observers came to supper the night they were found," she says. "Not one of them sat down without something to do with his hands. One of them took notes on my soup." # speaker: Anij
* (sat_down) [Sit down in the grass, with empty hands]
    {orchard.carried:You set the basket down and sit|You sit down} in the grass between the trees, with nothing in your hands. It is cooler down here, and smells of windfalls.
    Anij looks at you for a while. Then she sits too, after a pause just long enough to make a point of it. "Well," she says. "Look at that." # speaker: Anij
* [Defend the observers]
    "They were on duty. You might forgive them." # speaker: Picard
    "I did. I gave them second helpings." A pause. "I haven't forgiven the notes." # speaker: Anij
* [Ask what they should have done instead]
    "What should they have done?" # speaker: Picard
    "Eaten." She turns a fruit over, looking for the bruise. "And then nothing, for a while. It's harder than it sounds. You have to practise." # speaker: Anij
- At the end of the row an old woman kneels in the grass, binding a cutting onto a rootstock with a knife and a strip of bark. Her hands are brown and square and sure.
"Maelin," Anij says. "She has kept this orchard since before it was one." # speaker: Anij
{ act2_data_with_us():
    "You're the captain whose machine-man came through my hedge," Maelin says, without getting up. "Tell him the hedge has forgiven him. I haven't decided." # speaker: Maelin
- else:
    "Starfleet," Maelin says, without getting up, and it is not quite a greeting. "Your watchers trampled my lower row. Mind where you step." # speaker: Maelin
}
Beyond her, one tree stands apart from the rest, so heavy with fruit that its branches touch the ground. Nobody has picked it. The grass beneath is sweet with windfalls.
* [Ask about the tree no one picks from]
    "That tree. Nobody picks it?" # speaker: Picard
    Maelin sits back on her heels. "Nobody picks it," she agrees, and goes back to her knife. # speaker: Maelin
* [Ask Maelin how long she has kept the orchard]
    "How long have you kept it?" # speaker: Picard
    "Three hundred years, less one bad winter." She nods at the heavy tree without looking at it. "That one's younger. A hundred and some." # speaker: Maelin
* [Offer to help with the grafting]
    You kneel and hold the cutting steady while she binds it. She lets you, and says you have decent hands for a man who sits in a chair all day.
    Then, as if the work has earned it, she nods at the heavy tree. "That's the best graft I ever saw. It isn't mine." # speaker: Maelin
    ~ trust(5)
- "My youngest grafted it," Maelin says. "The last thing he did before he left with the others, the year the young ones wanted what we had put away. It's his tree. It's his to pick." # speaker: Maelin
Anij has gone still beside you, with a fruit half lifted from the branch.
{ return_to_the_village.sojef_storehouse.young_ones:
    "Once," Sojef said in the square, and shut the subject like a gate. This is the once.
}
~ find_secret(orchard_mother)
"I haven't said his name aloud in a hundred years," Maelin says. "I tell it to the tree when I'm pruning. It doesn't argue." # speaker: Maelin
- (maelin_questions)
* (ask_alive) [Ask whether she thinks he is still alive]
    "Do you think he's still alive?" # speaker: Picard
    "Out there, away from the rings? He'd be old. Older than me, and I'm older than anyone." She goes back to her knife. "He was stubborn. Stubborn lasts." # speaker: Maelin
* (ask_back) [Ask whether she would take him back]
    "If he came home. Would you take him back?" # speaker: Picard
    Maelin looks at you as if you were simple. "He's my son. The question is whether he'd have us." # speaker: Maelin
* (said_sorry) [Tell her you are sorry]
    "I'm sorry." # speaker: Picard
    "So you should be, bringing it up." But there is no heat in it, and she hands you the end of the twine to hold while she ties off. # speaker: Maelin
* {echo_schism_record} [Ask her about the year the young ones left # echo]
    "Tell me about the year they left." # speaker: Picard
    Maelin ties off the graft before she answers. "He came to the door with a pack on. I'd packed it myself that spring, for a walk to the high meadow: bread, a knife, his good socks. He'd tipped all that out and put other things in." # speaker: Maelin
    "They'd broken into the cellar under the chronicle house for the old weapons. There was a fire; nobody died of it. The council put them in the ship they'd tried to take and sent them out past the rings, and wrote down every name, and every mother and father. Mine is next to his. I asked them to put it there." She wipes the knife on her knee. "At the door he said I'd be proud of him. I said I already was, and that was the trouble." # speaker: Maelin # near: the-prodigal-return
    ~ find_secret(schism_record)
    -> maelin_questions
- Anij touches your arm, and you leave Maelin to her knife.
-> orchard_top

= orchard_top
At the top of the orchard the land falls away to the lake, blue-grey and still, and you can see the whole of it.
{ act2_data_with_us():
    Far below, a figure in a Starfleet uniform stands on the half-built oven wall while a small boy directs him with a stick.
}
Off the eastern arm lies a long stretch of water darker than the rest, with no weed showing through it. The gulls working the lake go round it, never across.
"The children say there's a warm place out there, where the fish won't go," Anij says. "They swim out and lie in it. I've told them not to." She pauses. "Nothing warm should be that still." # speaker: Anij
* [Wait]
- { orchard.carried:
    A pear-plum rolls off the top of the basket on your arm.
- else:
    Anij holds a pear-plum out to you, and it slips between your fingers.
}
There is time to watch it turn: the bruise on one side, the stalk, a bead of light on the skin. You put out your hand without hurrying, and the fruit is there when your hand is.
Then the grass is moving in the wind again. Anij is looking at the lake, and has not turned her head.
* [Ask her what just happened]
    "What was that?" # speaker: Picard
    "What was what?" Her eyes are laughing. "You caught a plum. Well done." A pause. "Most people drop it." # speaker: Anij
* [Eat the fruit, and watch the lake]
    You say nothing. You eat the pear-plum, which is sweeter than it looked, and watch the lake until the light changes. When you look round she is watching you instead, and does not pretend otherwise.
* (should_go) [Tell her you should be getting back to your ship]
    "I should be getting back to the ship." # speaker: Picard
    "Should." She tries the word the way she tried the fruit, and puts it back. "Such a busy little word." {orchard.carried:She lifts the basket off your arm.|She picks up her basket.} # speaker: Anij
- She walks you down to the gate and no further.
{ orchard.sat_down:
    "Come back and sit again," she says. "You were nearly good at it." # speaker: Anij
}
* (vineyard) [Tell her about your family's vineyard]
    "My brother keeps vines, in France, on Earth. The same rows my father kept. Nobody in my family has ever hurried a grape." # speaker: Picard
    Anij leans on the gate to hear the rest of it, and you tell her more than you meant to: the cellar, the frost candles, the year the hail came. "Frost candles," she says, trying the words over. A pause. "And you let your brother keep them all." She finds this funny, and does not hide it. # speaker: Anij
* [Thank her, and go]
    "Thank you for the afternoon." # speaker: Picard
    "Thank me when the basket's full," Anij says. "Next time." She is already turning back up the rows. # speaker: Anij
- ~ bond(2)
~ trust(5)
-> ring_effects

// ------------------------------------------------------------------ chronicle

=== chronicle ===
~ afternoon = afternoon_chronicle
~ pass_time(1)
The chronicle house is the oldest building in the village: low, stone, with a roof of living turf. Sojef takes you first not up but down, into a long cool cellar.
Under lamps and cloths, shapes stand in rows. Some are as small as a hand. One is the length of a shuttle.
"What we brought, and set down," Sojef says. {return_to_the_village.sojef_storehouse.tricorder:"Yours folds the wrong way, but you'll know some of these."} # speaker: Sojef
* (asked_holds) [Ask what the storehouse holds]
    "What's here?" # speaker: Picard
    "One of each thing." He walks the row, naming them the way a farmer names tools. "A loom that thinks. A medical frame. The engine from the ship that brought us. A weapon that would empty this valley before you finished saying so." He does not lower his voice for the last one. # speaker: Sojef
* (lifted) [Lift the cloth from the nearest shape]
    You lift the nearest cloth. Beneath it is a power cell the size of a child, its casing polished, its contacts capped in wax.
    "Still charged," Sojef says. "It would be rude to let it die. Hollin checks it every spring; he likes the smell of the wax." # speaker: Sojef
* [Ask why he is showing you this]
    "Why show me this?" # speaker: Picard
    "Because you will hear about it anyway," Sojef says, "and I would rather you heard it from me." # speaker: Sojef
- Upstairs, at a long table under the window, the chronicle waits: volume after volume of bound, handmade paper, the oldest gone the colour of tea.
"Everyone writes in it," Sojef says. "Whoever saw the thing happen. Artim is learning his letters in it, which is hard on the letters." # speaker: Sojef
* (first_page) [Read the first page]
    You open the first volume. The hand is cramped and hurried, written by someone cold. We came down in the spring, it says. The children cried at the quiet. We have begun to build.
    Below it, in a different hand, someone has added a drawing of a small tree.
* (recent_page) [Read the most recent page]
    You turn to the newest page. The hand is large and wandering.
    { data_state:
    - destroyed:
        { artim_truth:
            The machine-man came and was very strong and was kind to me, it says. The captain says ships shot him and he fell in the hills, and the captain told them to. I am writing it so he is somewhere. The ink is blotted in two places.
        - else:
            The machine-man came and was very strong and was kind to me, it says. Then they said he was gone. I am writing it so he is somewhere. The ink is blotted in two places.
        }
    - impounded:
        { artim_truth:
            The machine-man came and was strong and knocked down our oven wall, it says. The captain says he is being mended on another ship. I think he should be mended here.
        - else:
            The machine-man came and was strong and knocked down our oven wall, it says. The captain says he is busy. He isn't.
        }
    - else: The machine-man came and was strong and knocked down our oven wall, it says. Today he is mending it. He does not get tired but he says he gets bored. I do not believe him.
    }
    "My son," Sojef says, and those two words are the whole of his apology. # speaker: Sojef
- You turn the volumes forward, decade by decade. Harvests, births, a flood, a long argument about a bridge. Then, about a century back, you come to a volume where pages have been cut out and sewn back in, with thread that does not match.
* [Ask about the resewn pages]
    "These pages were cut out." # speaker: Picard
    "And put back." Sojef sits down across from you. "We argued about that for a year. Then we sewed them in again. A book with holes in it is no use to anybody." # speaker: Sojef
    { return_to_the_village.sojef_storehouse.young_ones:
        "You asked me in the square whether anyone wanted the old things back," he says. "This is the answer." # speaker: Sojef
    }
* (turned_past) [Turn past them politely]
    You turn past them. Sojef reaches across the table and turns them back.
    "Go on," he says. "I don't show them to many people. I am showing you." # speaker: Sojef
- (resewn)
* [Read the pages]
- It is all there, in many hands. The year a handful of young Ba'ku wanted the storehouse opened: the old ships, the old weapons, the chance to go out and be great somewhere. The council refused them. One night they broke into the cellar and took the weapons anyway.
There was fire. The record does not hide it. In the end the young ones were put aboard the ship they had tried to seize and sent out past the rings, and the council wrote down every name, and every mother and father.
~ find_secret(schism_record)
"Away from the rings," Sojef says, "they will have grown old. If they live." # speaker: Sojef
- (exile_questions)
* (heard_from) [Ask whether anyone has heard from them]
    "Has anyone heard from them since?" # speaker: Picard
    "Not a word in a hundred years." He looks at the window. "Their families still listen, some nights. Hollin's cousin built a receiver out of a cooking pot and some wire. It doesn't work. He listens anyway." # speaker: Sojef
* (leader_name) [Ask for the name of the one who led them]
    "Who led them?" # speaker: Picard
    "It's written there." Sojef does not look at the page. "Read it if you must. We do not say it at this table." # speaker: Sojef
    You read it. The name means nothing to you. What you notice is the hand that wrote it: careful and small, as though the pen had been afraid.
* (council_right) [Ask whether the council was right to exile them]
    "Was the council right?" # speaker: Picard
    "The council voted. Forty-one to three." Sojef runs his thumb down the edge of the page. "I was one of the forty-one. Every one of the forty-four is still sorry. We say so at the spring meeting, every year, and then we talk about the drains." # speaker: Sojef
* {echo_orchard_mother} [Look for a mother's name among the exiles' families # echo]
    You run your finger down the list of families, and stop at a name before you have properly read it: son of Maelin, keeper of the eastern orchard.
    "Maelin," you say aloud. # speaker: Picard
    Sojef looks at you strangely. "She still keeps it," he says. "She keeps his tree. Nobody picks from it. How did you know to look?" # speaker: Sojef
    You have no answer to give him. # near: the-prodigal-return
    ~ find_secret(orchard_mother)
    -> exile_questions
- Sojef closes the volume and slides a fresh sheet across the table, with a pen. "Something should be written of your people's visit. Since you are here, you may tell me what." # speaker: Sojef
* (entry_uninvited) [Say: write that we came uninvited]
    "Write that we came uninvited, and hid, and were caught." # speaker: Picard
    Sojef writes it, exactly, and reads it back to you aloud. "Most people ask to be described kindly," he says. "I'll remember that you didn't." # speaker: Sojef
* (entry_help) [Say: write that we came to help]
    "Write that we came to help." # speaker: Picard
    Sojef's pen hovers. "I'll write that you said so," he says. "The chronicle likes to wait and see." He writes it that way. # speaker: Sojef
* (entry_blank) [Ask him to leave the line blank for now]
    "Leave it blank. It isn't finished." # speaker: Picard
    Sojef smiles for the first time all afternoon, and sets the pen down. "Then we'll fill it in together, when it is." # speaker: Sojef
- On your way out Artim catches your sleeve. "Did Father show you the bad pages? He never shows anyone." He seems impressed with you, and also a little suspicious. # speaker: Artim
"Also," he adds, "there's a warm place in the lake, off the eastern arm. It went warm in the spring. Fish won't go there, so we do. We lie in it." He considers. "Father says not to." # speaker: Artim
~ trust(10)
-> ring_effects

// ----------------------------------------------------------- shoreline_survey

=== shoreline_survey ===
~ afternoon = afternoon_shoreline
~ pass_time(1)
{ act2_data_with_us():
    Data walks the shore with his tricorder held out before him like a dowsing rod. Every few paces he stops to look at something the tricorder cannot see: a heron, a flat stone, his own reflection.
- else:
    Worf walks the shore as though it might ambush him. Twice since you landed he has climbed something for no reason he will give: a boulder, and then the roof of a boathouse, from which he surveyed the lake and came down without comment.
    { worf_sang:
        "If anyone asks about the singing," he says, before you have said anything, "it did not happen." # speaker: Worf
    }
}
* [Start along the shoreline]
    "The shore first. Then the hills while the light lasts." # speaker: Picard
    -> survey_shore
* (hills_first) [Start up into the hills]
    "The hills first. We'll come down to the water at dusk." # speaker: Picard
    -> survey_hills

= survey_shore
{ survey_hills:
    The sun is behind the ridge by the time you reach the water, and the air has turned cool. Off the eastern arm, a kilometre out, a ribbon of mist stands on the lake in one long strip and nowhere else. Your tricorder, pointed at it, reports ordinary rock beneath, two degrees too warm.
- else:
    The lake is cold and clear. Your tricorder reports sand, weed, fish, and then, a kilometre out off the eastern arm, a stretch of lakebed that reads as rock and is two degrees too warm.
}
{ evidence ? data_memory:
    Data has stopped walking. "This is where I came, four nights ago," he says. "The signal began out there. My sensors told me it was rock. I did not believe them then, either." # speaker: Data
}
* (scanned_close) [Scan the lakebed closely]
    You set the tricorder for a fine sweep. The warm patch is four hundred metres long, perfectly level, and entirely without fish.
    { act2_data_with_us():
        "Lakebeds are not level, sir," Data says. "This one has been made level, or someone wishes it to appear so." # speaker: Data
    - else:
        "Rock is not level," Worf says. "And it is not warm." # speaker: Worf
    }
* (asked_view) [Ask {act2_data_with_us():Data|Worf} what he makes of it]
    "What do you make of it{act2_data_with_us():, Data}?" # speaker: Picard
    {
    - evidence ? data_memory:
        "A mask, sir. Holographic, I think, and good enough to deceive a tricorder." Data looks out at the water. "It has not deceived the fish." # speaker: Data
    - act2_data_with_us():
        Data's brow creases. "I have a strong impression that I have been here before, and that it ended badly. I cannot account for it." # speaker: Data
    - else:
        "A sensor mask. Son'a work." Worf narrows his eyes at the water. "I have seen them hide a gunship under one." # speaker: Worf
    }
* (skipped) [Skip a stone across the water]
    You pick up a flat stone and skip it. Five bounces, which is not bad for a man who has not done it in forty years.
    { act2_data_with_us():
        Data watches the ripples close. "Why does it not sink at once?" he asks, and before you can answer he is crouched on the shingle, weighing stones and discarding them. He chips the best one thinner with another, throws it, and counts fourteen bounces. Then he pockets a second stone, unthrown. "The profile can be improved," he says. # speaker: Data
    - else:
        "Pointless," Worf says. Then he picks up a stone, glares at it, and skips it nine times. He walks on with his chin up and does not mention it again. # speaker: Worf
    }
- You log the coordinates.
{ survey_hills:
    -> survey_talk
}
-> survey_hills

= survey_hills
The hills above the village are honeycombed with caves. The rock at their mouths glitters faintly when the light moves, and your tricorder turns to static the moment you step inside.
{ act2_data_with_us():
    "Kelbonite," Data says. "Approximately forty per cent of the exposed rock, in seams." # speaker: Data
- else:
    "Kelbonite," Worf says. "Our sensors are blind in here. So are theirs." # speaker: Worf
}
~ find_secret(kelbonite)
* [Call the ship for a transporter lock inside]
    "Enterprise, try to lock on to me." # speaker: Picard
    A pause. "Nothing, Captain. I can't even tell you're in there." # speaker: Transporter chief
    You step back into the sun and the lock comes at once. A transporter cannot reach anyone in there.
* [Ask what the caves would be good for]
    { act2_data_with_us():
        "What would they be good for, Data?" # speaker: Picard
        "Shelter," Data says. "No transporter could reach anyone inside, and no sensor could count them." # speaker: Data
    - else:
        "What would they be good for?" # speaker: Picard
        "Holding," Worf says. He walks the mouth of the nearest cave, measuring it by eye. "One entrance. High ground. No enemy could beam in behind you. A hundred could hold it against a thousand." # speaker: Worf
    }
* (marked) [Mark the safe entrances on the survey map]
    You walk the ridge together and mark the entrances. Two are sound; one has a roof of rotten shale that {act2_data_with_us():Data says would come down under a heavy footfall|Worf kicks, and a slab the size of a table falls at his feet}.
    { act2_data_with_us():
        "I have marked the eastern mouth as sound, sir," Data says. "The western one I would not enter with a cough." # speaker: Data
    - else:
        "The eastern mouth holds," Worf says. "The other will fall on the first fool who shouts in it." # speaker: Worf
    }
- You mark the ridge on the survey and start down.
{ survey_shore:
    -> survey_talk
}
-> survey_shore

= survey_talk
{ act2_data_with_us():
    -> survey_talk_data
}
-> survey_talk_worf

= survey_talk_data
On the path back, Data is quiet for longer than usual.
"Captain, the Ba'ku still know how to build the machines they gave up. I have been trying to determine whether giving them up was a decision they made once, or one they make every day." # speaker: Data
* [Tell him it is made every day]
    "Every day, I'd think. Every time the loom breaks and somebody mends it by hand." # speaker: Picard
    "Then it is less a decision than a practice," Data says. "Like a language one must keep speaking, or lose." He seems pleased with the distinction, and files it. # speaker: Data
* [Ask what he would set down, if he could]
    "What would you set down, Data, if you could?" # speaker: Picard
    He takes the question seriously, and walks several paces before answering. "My internal chronometer," he says. "For one afternoon. I would like to know how long an afternoon is when nobody is counting it." # speaker: Data
    ~ loyalty(Data, 5)
* [Tell him to ask Artim]
    "Ask Artim. He's the expert on what they keep and what they don't." # speaker: Picard
    Data's head tilts. "That is an excellent idea. I shall prepare questions. Several." # speaker: Data
    ~ loyalty(Data, 5)
- At the village's edge Artim is waiting, and challenges Data to a race to the mill. Data loses, by a margin so exact that you suspect he has calculated it.
-> ring_effects

= survey_talk_worf
On the path back, Worf stops, and hits a tree. Not hard, for Worf. The tree shakes.
"I do not know why I did that," he says, with dignity. # speaker: Worf
* [Suggest he see Dr. Crusher]
    "Perhaps Dr. Crusher should look at you." # speaker: Picard
    "Dr. Crusher," Worf says, "has already looked at me. She laughed." He walks on before you can ask what was funny. # speaker: Worf
* [Tell him you feel it too]
    "I feel it too, Mister Worf. Something in the air here." # speaker: Picard
    Worf looks at you sidelong, checking whether he is being humoured. He decides he is not. "Then we will bear it together," he says. # speaker: Worf
    ~ loyalty(Worf, 5)
* [Tell him a Klingon may be allowed a bad day]
    "A Klingon is allowed a bad day, surely." # speaker: Picard
    "A Klingon," Worf says, "is allowed a bad century. It is in the songs." He seems mollified. # speaker: Worf
- At the village's edge, a line of small children has formed behind him, each wearing his scowl. He does not turn round. He knows.
-> ring_effects

// =============================================================== ring_effects

=== ring_effects ===
By evening the whole ship seems to have had a glass of wine. A lieutenant in the turbolift is laughing at nothing. Two ensigns outside sickbay are comparing the colour of their fingernails. A crewman on deck eight has, according to the duty log, taken up juggling.
{ afternoon:
- afternoon_orchard: You have come back aboard with a pear-plum in your pocket, and you have not wanted to eat it.
- afternoon_chronicle: The resewn pages are still in your head{chronicle.turned_past:, and Sojef's hand turning them back for you}, and the thread that does not match.
- afternoon_shoreline:
    { shoreline_survey.survey_shore.skipped && act2_data_with_us():
        On your desk, where Data left it, is the second stone from the shore, with a note in his exact hand: For a later trial.
    }
    The coordinates of the warm place in the lake sit at the top of your padd, and you keep looking at them.
}
Beverly's medical log goes to the joint mission at oh-six-hundred. You have time for two things before then.
-> rounds

= rounds
{ ring_worf + ring_bar + ring_geordi + ring_quarters >= 2:
    -> ring_crusher
}
* [Look in on Worf at tactical]
    -> ring_worf
* [Look in on Ten Forward]
    -> ring_bar
* [Look in on Geordi in engineering]
    -> ring_geordi
* [Take ten minutes in your own quarters]
    -> ring_quarters

= ring_worf
The bridge is on night shift. Worf is at tactical, and a young ensign at ops is sitting extremely straight, in the way of someone who has just been shouted at.
{ worf_sang:
    "She was humming," Worf says, before you ask. "The tune. From the shuttle." He glowers at the console. "I have moved her to a quieter station. There is no quieter station. I am looking for one." # speaker: Worf
- else:
    "She was tapping her stylus," Worf says, before you ask. "On the console. For most of an hour." He glowers at his own hands. "I have confiscated the stylus." # speaker: Worf
}
{ shoreline_survey.survey_talk_worf:
    There is still bark under his fingernails, from the tree.
- else:
    He is standing at tactical, though there is a chair, with the air of a man who does not trust himself to sit.
}
* [Give the ensign a break, and talk to Worf alone]
    You send the ensign for something hot to drink. When she has gone, Worf lets out a breath through his nose.
    "I bit through a stylus today," he says. "In a briefing. I did not notice until I had done it." He holds up the two halves, which he has evidently kept. "I have removed the other styluses from the bridge. As a precaution." # speaker: Worf
    ~ loyalty(Worf, 5)
* [Remind him quietly that the ensign is young]
    "She's young, Mister Worf." # speaker: Picard
    "So am I," Worf says grimly. "More so every hour." But when the ensign glances up he gives her a short nod that is nearly an apology, and she sits, if anything, straighter. # speaker: Worf
- -> rounds

= ring_bar
In Ten Forward, Will Riker has shaved off his beard. He looks ten years younger and oddly unfinished, like a house with the scaffolding just taken down.
Deanna sits across from him with a shared dessert and two spoons, laughing at something he has said, with her head thrown back.
"Captain." Riker half rises, and his hand goes to his chin before he can stop it. "Before you say anything: it was a considered decision, made after a full review." # speaker: Riker
* [Join them for a drink]
    You sit. Riker orders you something without asking, and is right about it.
    Deanna studies you over her spoon. "You've been somewhere today that agreed with you," she says. "It's all over you. Like sun." # speaker: Troi
    { afternoon == afternoon_orchard:
        "An orchard," you admit, and Riker's eyebrows go up so fast you fear for them. # speaker: Picard
    - else:
        "The village," you admit, and she nods; she knew, and wanted to hear you say it. # speaker: Picard
    }
    { orchard.vineyard:
        "And you've been talking about home," Deanna adds. "You always sit differently afterwards." # speaker: Troi
    }
    ~ loyalty(Troi, 5)
* [Leave them to it]
    You raise a hand, and go. At the door Deanna catches your eye over Riker's shoulder and lifts her spoon to you in salute.
- -> rounds

= ring_geordi
Geordi is alone in engineering, sitting on the deck with his back against the warp core housing, which is not a thing chief engineers do.
"Captain." He doesn't get up. "Can I tell you something crazy? My optic nerves are regenerating. I ran the scan four times. They're growing back." # speaker: La Forge
His voice is quiet and not at all steady.
{ secrets ? metreon:
    "I couldn't sleep," he adds. "So I've been running numbers on the metreon gas out there instead. Pretty stuff. Extremely flammable." # speaker: La Forge
}
* [Ask what he is seeing]
    "What are you seeing, Geordi?" # speaker: Picard
    "Through the implants, same as always. But when I close my eyes I get light. Real light, on the inside of my own eyelids." He laughs, barely. # speaker: La Forge
* [Ask how long he has known]
    "How long have you known?" # speaker: Picard
    "Since this morning. I didn't tell anybody. I was scared it'd stop if I did." He shrugs. "Dumb. I know." # speaker: La Forge
* [Sit down on the deck beside him]
    You sit down on the deck beside him, with your back against the housing, which is not a thing captains do either. The core's hum comes through your shoulder blades.
    Geordi looks at you sideways and grins, for the first time tonight.
    ~ loyalty(LaForge, 5)
- "Tomorrow, first light, I'm going down to the planet," he says. "Take the implants out, keep my eyes shut till the sun's up. I want somebody to tell me what's out there before I look, so I know it's really there and not my nerves making it up." He stops. "Never mind. You've got a ship." # speaker: La Forge
-> rounds

= ring_quarters
In your quarters you sit down with a book you have been meaning to finish for a year. When you next look up it is finished, two hours have gone, and your eyes are not tired.
You stand too quickly, and it does not hurt.
* (lunged) [Try the fencing lunge you gave up years ago]
    On an impulse you take up a stance in the middle of the floor and lunge. Full extension. The back knee holds. The front knee does not complain.
    You stand there, absurdly, with your arm out, and laugh aloud in an empty room.
* [Look down at the planet]
    You dim the lights and look down. The village is a scatter of lamplight on the dark, and beyond it, the lake.
    { afternoon:
    - afternoon_orchard:
        { orchard.orchard_top.should_go:
            Somewhere down there, Anij is awake or asleep. You told her you should get back to the ship. You are back, and you could not say what for.
        - else:
            Somewhere down there, Anij is awake, or asleep, or doing whatever she does instead. You would like to know which.
        }
    - afternoon_chronicle:
        { chronicle.entry_blank:
            Somewhere down there, a line in a book is waiting, blank, for the two of you to fill it in.
        - else:
            Somewhere down there, a line in a book says what your people came for, in Sojef's careful hand.
        }
    - else: Somewhere down there, under the eastern arm, a stretch of lakebed is two degrees too warm.
    }
- -> rounds

= ring_crusher
In sickbay, Beverly shows you two cell scans side by side.
"Mine," she says. "My last physical, and this morning. Guess which looks younger." The morning scan does, by a good deal. # speaker: Crusher
"It's the whole crew, Jean-Luc. Worf's hormones. Geordi's eyes: he's going down at dawn to look at a sunrise with them. Half of engineering feels marvellous and the other half is falling in love." She rubs her neck. "I caught myself humming a tune this afternoon I haven't thought of since my anatomy finals. I never even liked it." # speaker: Crusher
* [Look at the two scans again]
- "The joint mission's protocol says every crew medical log goes to Dougherty," she says. "Do I send this?" # speaker: Crusher
* [Send the symptoms to Dougherty]
    "Send it. It's the protocol, and they'll notice if we don't." # speaker: Picard
    Beverly's mouth tightens for a fraction of a second. "It's your call," she says, which is what she says when she thinks it is the wrong one. She sends it. # speaker: Crusher
    ~ loyalty(Crusher, -5)
    ~ symptoms_reported = true
    ~ shift_standing(5)
    ~ raise_alert(10)
    Within the hour, Ru'afo's medical staff ask, with great politeness, for tissue samples from the Enterprise crew.
    -> ring_after
* [Keep it among the crew for now]
    "Hold it. For now, this stays among the crew." # speaker: Picard
    Beverly's shoulders come down an inch, and, to your surprise, she puts her hand over yours on the console for a moment. "Thank you. I didn't want to be the one who told the Son'a we're a shopping list." # speaker: Crusher
    ~ loyalty(Crusher, 5)
    -> ring_after
* [Leave the log, and go down with Geordi at dawn]
    "Leave it for now. There's somewhere I need to be at dawn." # speaker: Picard
    "Go on," Beverly says. "The log will keep. It's in no hurry to get younger." # speaker: Crusher
    ~ geordi_sunrise = true
    -> geordi_dawn

= geordi_dawn
~ pass_time(1)
You go down with him to the meadow below the village in the last of the dark. The grass is wet. The rings are a pale arch overhead.
{ ring_geordi:
    "You came," he says. "I figured you'd have a ship to run." # speaker: La Forge
- else:
    "Beverly told you," he says. "Figures. Okay. Okay." # speaker: La Forge
}
He sits on a rock, takes the implants out, folds them into his pocket, and shuts his eyes. "Okay. Tell me what it's doing. Don't make it pretty. Just tell me." # speaker: La Forge
Over the hills the sky goes from black to grey, and then to something with colour in it.
* (plainly) [Tell him plainly, colour by colour]
    "Grey, getting paler. A line of yellow along the ridge. Now the lake has it, in a stripe. The mist is lifting off the water." You give it to him the way you would read out a sensor log, and he nods at each word, ticking it off. # speaker: Picard
* (likened) [Tell him what each colour is like]
    "Like a glass of Sancerre held up to a candle. Now brass, old brass. Now the inside of a forge." # speaker: Picard
    Geordi laughs with his eyes shut. "Captain, I don't know what any of those look like either." # speaker: La Forge
* [Say nothing, and tell him when to open them]
    You let him wait, and you watch it yourself: an ordinary sunrise, gold on the lake and the mist lifting. You have seen a thousand better on a hundred worlds. When the sun clears the ridge you say, "Now." # speaker: Picard
- He opens his eyes. He keeps them open until they water, and then keeps them open anyway.
{
- plainly:
    "Huh," he says at last. "You said yellow. That's not yellow. That's orange." He wipes his face with the heel of his hand. "I always thought orange would be louder." # speaker: La Forge
- likened:
    "Okay, that's not brass," he says at last. "That's orange. I always thought orange would be louder." # speaker: La Forge
- else:
    He does not say anything for a long time. When he does, it is only: "Huh. Orange. I always thought orange would be louder." # speaker: La Forge
}
He puts the implants back in before you leave, one and then the other, and blinks twice as the world comes back the way he knows it.
~ loyalty(LaForge, 15)
-> ring_after

= ring_after
{ loyalty_crusher < 25 && not symptoms_reported:
    At oh-six-hundred, Beverly files the crew's medical log with the joint mission anyway. She does not tell you first. You find out from Ru'afo's staff, who write to thank you.
    ~ symptoms_reported = true
    ~ raise_alert(10)
}
-> lake_dive

// ================================================================= lake_dive

=== lake_dive ===
Morning, and the lake.
{
- evidence ? data_memory:
    "I remember where I went," Data says, at the briefing. "I can take you to within a metre of the place where my sensors stopped believing themselves." # speaker: Data
- afternoon == afternoon_shoreline:
    { shoreline_survey.survey_shore.scanned_close:
        The coordinates you logged yesterday are on the briefing table: four hundred metres of lakebed off the eastern arm, level as a floor and two degrees too warm.
    - else:
        The coordinates you logged yesterday are on the briefing table: a stretch of lakebed off the eastern arm, two degrees too warm.
    }
    { shoreline_survey.hills_first:
        Beside them is the image you took at dusk: a strip of mist standing on the water in one place and nowhere else.
    }
    { shoreline_survey.survey_shore.asked_view && not act2_data_with_us():
        "A sensor mask," Worf says again, for the benefit of the room. "Son'a work." # speaker: Worf
    }
- afternoon == afternoon_orchard:
    You describe the dark water off the eastern arm that the gulls fly round, and the children's warm place where the fish won't go.
- else:
    You tell the others what Artim told you: a warm place off the eastern arm, where the fish won't go and the children swim out to lie.
}
{ lake_rumour:
    It is Ensign Tobry's eastern arm: the part of the lake the observers were told never to point a sensor at, where Data went the night before he turned on the blind.
- else:
    The observers' survey grid, when you pull it up, has a hole in it: the eastern arm of the lake, left blank, with no note to say why.
}
{ act2_data_with_us():
    * [Dive the lake with Data]
        ~ lake_partner = Data
        -> dive_down
- else:
    * [Dive the lake with Worf]
        ~ lake_partner = Worf
        -> dive_down
    * [Dive the lake with Riker]
        ~ lake_partner = Riker
        -> dive_down
}
* [Leave the lake to the survey teams]
    -> lake_left

= lake_left
"Send the coordinates to the joint mission's survey office. It's their zone. Let them look." # speaker: Picard
~ decline()
~ lake_refused = true
{ act2_data_with_us():
    Data's hands stop over the console for a fraction of a second. "Yes, sir," he says, and sends them. # speaker: Data
    { evidence ? data_memory:
        ~ loyalty(Data, -10)
    - else:
        ~ loyalty(Data, -5)
    }
- else:
    Riker sends them. "That's the end of that, then," he says, in a voice that does not quite make it a question. # speaker: Riker
}
Dougherty's office thanks you within the hour, with real warmth.
-> quiet_report_gate

= dive_down
~ pass_time(act2_dive_cost())
You go down in a thermal suit and rebreather from a shuttle hovering over the water.
{ lake_partner:
- Data: Data goes down in his uniform and nothing else, since he has no need to breathe, and walks the lakebed ahead of you like a man crossing a field.
- Worf: Worf goes down beside you, breathing like a man climbing stairs. Klingons, he informed you in the shuttle, do not care for water that is not being sailed upon.
- else: Riker goes down beside you. "Last time I went diving on duty," he says over the suit comm, "I met a large fish with opinions." # speaker: Riker
}
The water is cold and green and then cold and dark. The rings' light comes down through it in slow columns. Off the eastern arm the weed gives out, and the water against your faceplate turns, impossibly, tepid.
* [Swim straight for the warm water]
    You swim straight for it, counting strokes. Ahead, the lakebed rises in a long low ridge, smooth as a table.
* (led) [Let {act2_name(lake_partner)} lead]
    { lake_partner:
    - Data: Data leads without hesitation, straight to a long low ridge as smooth as a table. "Here," he says, and puts his hand flat against the rock, and his hand goes in. # speaker: Data
    - Worf: Worf takes the lead with something close to relish, scanning, and stops at a long low ridge smooth as a table. He tests it with the butt of his phaser, and the phaser goes in.
    - else: Riker leads, pleased to be asked, and stops above a long low ridge smooth as a table. "That," he says, "is the best-behaved rock I ever saw." He reaches down, and his glove goes in. # speaker: Riker
    }
    ~ loyalty(lake_partner, 5)
- { evidence ? data_memory:
    "This is where my sensors stopped believing themselves," Data says. "It appears they were right not to." # speaker: Data
}
The lakebed is a hologram: an emitter paints a floor of rock across the top of a trench, and the trench is full. You push your arm through the painted rock to the shoulder, and touch metal, warm as a stove lid.
Under the false floor lies a hull: Federation grey, Federation lines, three hundred metres long, with a maintenance hatch where the schematics say a maintenance hatch should be. Its systems are running, and their heat is leaking into the lake.
* [Go through the hatch]
    -> holoship_interior
* (scanned_hull) [Scan the hull before you go in]
    Your tricorder gives you the registry before anything else: a Federation holoship, assigned to the Briar Patch survey under an authorisation you are not cleared to read.
    You go in.
    -> holoship_interior

// =========================================================== holoship_interior

=== holoship_interior ===
The airlock cycles. Beyond it, a plain grey corridor runs fifty metres to an arch, and through the arch there is daylight.
{ runs_completed > 0:
    Halfway down the corridor you start counting under your breath, to forty, and only at the arch do you wonder what you are counting for.
}
* [Step through the arch]
    You step through the arch and into the village.
- Not a village like it. The village. The stone houses and the deep eaves, the millrace, washing on the hedge, the great tree on its stone props. The sky is the right blue. The rings are in it, in the right place.
It is perfect, and it is dead. There is no smell of bread{return_to_the_village.sojef_storehouse.bread:, though you can still taste yesterday's seeded crust}. No bees. A hologram's breeze moves the washing in a pattern that repeats, you realise after a while, every forty seconds.
{ lake_partner:
- Data:
    "It is a good replica," Data says quietly. "I find that I dislike it." # speaker: Data
    { data_diagnostic.diagnostic_deep.himself:
        "You asked me yesterday whether I was myself again," he adds. "This village could not answer that question about itself." # speaker: Data
    }
- Worf: "A cage," Worf says. "With curtains." # speaker: Worf
- else: "Well," Riker says softly, "that's the creepiest thing I've seen all year, and I've seen a lot of year." # speaker: Riker
}
- (walk)
* (saw_orchard) [Walk up to the orchard]
    The orchard is there, every row. The fruit hangs at identical heights, identically ripe, and there are no windfalls in the grass.
    { afternoon == afternoon_orchard:
        At the end of the row stands Maelin's son's tree. In the real orchard its branches touch the ground. Here it holds its fruit at the same height as every other tree. The program did not know.
        {
        - orchard.ask_back: You think of Maelin asking whether he would have them, and stand in front of it longer than you mean to.
        - orchard.ask_alive: You think of Maelin saying that stubborn lasts, and stand in front of it longer than you mean to.
        - else: You stand in front of it longer than you mean to.
        }
    - else:
        At the end of a row stands one tree on its own, as full as all the others, and no fuller.
    }
    -> walk
* (saw_chronicle) [Walk to the chronicle house]
    The chronicle house has its roof of turf. There is no cellar beneath it{chronicle.lifted:, and no power cell kept charged out of courtesy}. Upstairs the volumes stand in their rows, and every page of every one is blank.
    { afternoon == afternoon_chronicle:
        {
        - chronicle.first_page: Even the first page, where someone drew a small tree.
        - chronicle.recent_page: Even the last page, where Artim's line should be.
        }
        You think of the resewn pages with their thread that does not match, and the year the village spent arguing over them. Here there is nothing to argue about.
        {
        - chronicle.heard_from: Nobody in this village will sit up at night with a cooking pot, listening for a ship.
        - chronicle.leader_name: Nowhere in these books is a name written small, as though the pen had been afraid of it.
        - chronicle.council_right: Nobody here voted, and nobody here is sorry.
        }
    }
    -> walk
* [Walk to the square]
    -> the_square

= the_square
In the square, under the great tree, there are figures.
They are placeholders: smooth grey human shapes without faces, the kind a holographic program uses to hold a place until the details come in. One stands by the tree's stone props, at the height of a grown man. One, much smaller, stands beside it.
The larger one wears a Starfleet uniform. It is standing where you stood yesterday, talking to Sojef. The smaller one stands where Artim stood.
As you watch, the small one takes two steps toward the meadow, and stops, and is back where it began, and takes the same two steps again.
* (closer) [Step closer to the figure in uniform]
    You walk up to the grey figure in your uniform. It has your height, your stance{ring_effects.ring_quarters.lunged:, the straight back knee you found again last night}, the set of your shoulders. It has no face at all.
* (traced) [Look for the signal that is moving them]
    You open your tricorder. A thin carrier comes in from the hills above the village: the duck blind's relay, still sending, though nobody sits in the blind now. What it sends is yesterday, stored and played again.
- { lake_partner:
- Data: "It is not live," Data says. "It is yesterday, on a loop. The blind recorded the square all day, and this program is rehearsing it." He turns to you. "The observation did not end when I ended it, sir. It only moved." # speaker: Data
- Worf: "It repeats," Worf says. He has his phaser half drawn, which will do no good at all. "They are rehearsing. Someone is teaching this place to be the village." # speaker: Worf
- else: Riker watches the little figure take its two steps for the third time. "It's a rehearsal," he says. "The blind was just the part we were allowed to find." # speaker: Riker
}
A console stands by the millrace, disguised as a well. It holds the program, and, by the look of its directory, the orders that go with it.
* [Download the program and its orders]
    -> holo_download
* [Touch nothing; look, and leave]
    -> holo_observe
* [Report the find to Dougherty, by the book]
    -> holo_report

= holo_download
~ gain_evidence(holoship)
~ gain_evidence(relocation_orders)
{ lake_partner == Data && loyalty_data >= 60:
    "Allow me, sir." Data's fingers move over the well-console faster than you can follow. "I am copying the program and its orders, and masking the access as a routine maintenance cycle. It will not bear close inspection. It should not need to." # speaker: Data
    ~ raise_alert(5)
- else:
    You copy the program and its orders onto a data chip. The console logs the access with a small, cheerful chime that you feel in your teeth.
    ~ raise_alert(15)
}
You read the orders in the airlock, dripping. Relocation of the Ba'ku population, six hundred, est., by covert transport into this environment, prior to the deployment of a particle collector. Subjects to be moved while unconscious and to remain unaware. Authority: Vice Admiral M. Dougherty, under sealed directive.
{ evidence ? sealed_authorization:
    At the foot of the page is the seal you asked Dougherty about before you ever left Federation space.
}
-> holo_leave

= holo_observe
~ gain_evidence(holoship)
You touch nothing. You walk once around the square, committing it to memory: the placeholders, the breeze that repeats, the well that is not a well.
{ lake_partner == Data:
    "I have recorded everything I have seen, sir," Data says. "Visually. That is not something they can log." # speaker: Data
}
Then you go back the way you came, and leave it exactly as you found it.
-> holo_leave

= holo_report
~ gain_evidence(holoship)
~ decline()
~ holoship_reported = true
~ shift_standing(5)
~ raise_alert(20)
From the holoship's airlock, over the suit comm and relayed through the shuttle, you send it to Dougherty as a routine survey report: a Federation vessel located in the restricted zone, presumably under the joint mission's authority; the captain requests clarification at the admiral's convenience.
{ lake_partner:
- Data: Data listens to you dictate it. When you have finished, he says only, "That is carefully worded, sir," and you cannot tell whether it is a compliment. # speaker: Data
    ~ loyalty(Data, -5)
- Worf: Worf listens to you dictate it with his jaw set, and when you have finished he switches his suit lamp off and on again, checking it, though it was working.
- else:
    { ring_effects.ring_bar:
        Riker listens to you dictate it, and raises an eyebrow that used to have a beard to back it up.
    - else:
        Riker listens to you dictate it, and whistles two notes over the suit comm, low, and leaves them there.
    }
}
The reply comes in four minutes, which is fast for an admiral: thank you, Jean-Luc, all in hand, more soon.
-> holo_leave

= holo_leave
* [Start back up through the water]
- On the way up, the water goes from dark to green to gold. You surface into sunlight, and the real village is there on the shore, smoke going straight up from its chimneys. Someone is hanging out washing, and it moves in the wind any way it likes.
-> quiet_report_gate

// ========================================================== quiet_report_gate

=== quiet_report_gate ===
{ declines < 2:
    -> collector_briefing
}
In your ready room there is a message from Dougherty's office. It contains a report, already drafted in your name, for you to review and sign.
It is a good report. Everything in it is true.
{ data_state == impounded:
    Data is in the admiral's laboratory, being analysed.
}
{ debris_field.debris_left:
    Data's remains are aboard the Son'a flagship, being tidied.
}
{ lake_refused:
    The lake is in the hands of the survey office.
}
{ holoship_reported:
    The thing under the lake is all in hand.
}
The report thanks the Ba'ku for their hospitality, commends the Enterprise, and recommends that she return at once to her diplomatic duties. There is a line for your signature.
* [Sign the report, and take the Enterprise home # near: the-quiet-report]
    You read it once more, and sign it. It is, after all, a good report.
    -> ending_the_quiet_report
* [Set it aside]
    You set the padd face down on the desk. It is a good report. You are not finished.
    -> collector_briefing

// ========================================================= collector_briefing

=== collector_briefing ===
In the observation lounge you lay it out for your senior staff: {act2_proof_phrase()}.
{ evidence ? holoship:
    A holoship under the lake, with a copy of the village inside it.
- else:
    Whatever is in the lake, you have not seen it.
}
{ evidence ? data_wound:
    { wound_certified:
        Data's wound, with Beverly's signature under the scan.
    - else:
        Data's wound, in a scan nobody has yet signed.
    }
}
{
- loyalty_laforge >= 60:
    "There's one more thing," Geordi says. {data_diagnostic.asked_found:"You asked me for all of it. This is the rest of all of it." }"The joint mission's engineering manifest has a line item the Son'a won't let us near. Something big, moving into high orbit. They call it a collector." # speaker: La Forge
- act2_data_with_us():
    "There is one more item, sir," Data says. "The joint mission's engineering manifest lists a structure the Son'a have closed to us. It is large, and it is moving into high orbit. Their designation translates as 'collector'." # speaker: Data
    Geordi sits at the far end of the table with his arms folded, and adds nothing.
- else:
    Worf puts the joint mission's engineering manifest on the wall display. "One item is closed to us. Large. Moving into high orbit. They call it a collector." # speaker: Worf
    Geordi sits at the far end of the table with his arms folded, and adds nothing.
}
* [Look round the table]
- Before you face Dougherty there is time to find out one thing more, and no time for two.
* [Have Worf scan the Son'a ships, and risk being seen]
    -> sona_scan
* {loyalty_laforge >= 60} [Ask Geordi to read the collector's specifications]
    -> collector_specs
* [Go to Dougherty with what you have]
    "Every question we ask is a question they can see us asking. I'll go with what we have." # speaker: Picard
    { lake_partner:
    - Worf: Worf opens his mouth, shuts it, and makes a note on his padd that he underlines twice.
    - Riker: Riker nods slowly. "Sometimes the best scan is the one you didn't run," he says, and does not sound as if he believes it. # speaker: Riker
    }
    -> dougherty_confrontation

= collector_specs
~ gain_evidence(collector_projection)
~ pass_time(1)
~ raise_alert(5)
It takes Geordi an hour, and a back door into the joint mission's shared engineering files.
"A thing I'd rather not put in my log," he calls it. "Somebody over there will see the door was opened. I'm hoping they don't see who." # speaker: La Forge
When he calls you down, he has a projection on the main display: the planet, turning, and a ring of light closing on it.
"The collector doesn't just gather the particles. It strips them out of the rings in one pass, and the reaction runs down into the atmosphere." He touches the display, and the planet's surface goes grey. "Nothing lives on that world afterwards, Captain. Not for generations. The Ba'ku don't have a village to come home to. They don't have a planet." # speaker: La Forge
* [Ask whether it could be done another way]
    "Could the particles be gathered some other way? Without this?" # speaker: Picard
    Geordi rubs his eyes. "Not with this design. Maybe with a different one, and years, and people who wanted to find out." He laughs, without humour. "Nobody's paying anybody to find out." # speaker: La Forge
* [Ask what it would mean for him]
    "Geordi. This is the thing that would give you your eyes." # speaker: Picard
    "Yeah." He doesn't look away from the grey planet. "I thought about that the whole hour. I thought about it really hard." He switches the display off. "Then I thought about Artim." # speaker: La Forge
    He looks straight at you for the first time since you came in, glad, it seems, that somebody said it out loud.
    ~ loyalty(LaForge, 5)
- -> dougherty_confrontation

// ================================================================= sona_scan

=== sona_scan ===
"A passive scan only, Mister Worf. Nothing they could call a provocation." # speaker: Picard
"Understood." Worf works the auxiliary sensors like a man picking a lock, with his whole attention and none of his temper. # speaker: Worf
It takes him forty minutes.
"Their flagship carries isolytic subspace weapons," he says at last. "Banned by treaty. And in the aft holds, a processing plant." His lip curls. "Ketracel-white. By the tonne." # speaker: Worf
~ gain_evidence(isolytic_arms)
~ gain_evidence(ketracel)
The drug the Dominion feeds its soldiers, brewed in the hold of a Federation partner's flagship.
{ chronicle.asked_holds:
    You think of the weapon under its cloth in the chronicle cellar, that could empty a valley, checked every spring and never once fired.
}
{ eshen_met:
    ~ raise_alert(30)
    "Captain." Worf's voice sharpens. "They have noticed. Their sensors turned to us the moment we began. They have been watching this ship closely since your dinner with Ru'afo." # speaker: Worf
- else:
    ~ raise_alert(15)
    "They have noticed," Worf says. "They may not know what we saw. They know we looked." # speaker: Worf
}
* [Ask what an isolytic burst does]
    "What does one of those do?" # speaker: Picard
    "It tears subspace," Worf says. "Anything close to the tear falls into it." He names the treaty that bans them, the year it was signed, and the three worlds that signed it last, and seems to feel better for having said it. # speaker: Worf
* [Have Worf log it under seal, for your eyes only]
    "Log it under seal, Mister Worf. My eyes only, and yours." # speaker: Picard
    "Sealed," Worf says. "Like the admiral's orders." He seems to enjoy saying it. # speaker: Worf
    ~ isolytic_sealed = true
- -> dougherty_confrontation

// ==================================================== dougherty_confrontation

=== dougherty_confrontation ===
You request an hour with the admiral. It is granted at once, aboard the Son'a flagship.
{ loyalty_troi >= 50:
    Deanna is waiting at the transporter room. "I thought you might want someone to listen to what he isn't saying," she says. # speaker: Troi
- else:
    Deanna is on the bridge when you leave. She looks up from her console as the turbolift doors open, and then back down at it.
}
* {loyalty_troi >= 50} [Bring Deanna]
    "Come with me." # speaker: Picard
    ~ troi_at_confrontation = true
* (with_beverly) [Bring Beverly]
    You call Beverly. She comes as she is, still in her lab coat.
    { data_diagnostic.asked_doctor:
        "You asked me yesterday why I make house calls on androids," she says. "Today it's admirals." # speaker: Crusher
    - else:
        "If he's going to talk about medicine," she says, "he can talk about it to a doctor." # speaker: Crusher
    }
* [Go alone]
    You go alone. Whatever is said, you want it said to your face.
- Dougherty's office is a Starfleet room built inside a Son'a ship: grey desk, Federation flag, a window onto the collector's long bright bones in orbit. It looks like a tent pitched in a cathedral.
{ eshen_met:
    The Ellora steward, Eshen, pours the tea. As he sets your cup down he meets your eye once, briefly, and then looks at nothing at all.
- else:
    A Son'a steward pours tea into Starfleet mugs, sets one at your elbow, and withdraws.
}
Somewhere behind the bulkhead, a machine sighs and hisses on a slow rhythm, like something breathing for someone.
{ sona_gunships:
    Dougherty greets you like an old friend. You sent him Data's schematics without an argument, and he has not forgotten it.
}
{
- holoship_reported:
    "Jean-Luc. Thank you for the report on the lake." Dougherty comes round the desk and shakes your hand. "Tidy work. I suppose you want the rest of it." # speaker: Dougherty
- lake_refused:
    -> confrontation_preempted
- evidence ? holoship:
    You set a data chip down on his desk. "There is a Federation holoship at the bottom of that lake, Admiral{lake_dive.dive_down.scanned_hull:, registered to your survey}, with the village inside it." # speaker: Picard
    Dougherty looks at the chip without touching it. "Yes," he says. "There is." # speaker: Dougherty
}
-> confrontation_sit

= confrontation_sit
* [Take the chair he offers]
    You sit. Dougherty sits too, heavily, like a man at the end of a long shift.
* (stood) [Stay on your feet]
    You stay standing. Dougherty looks at the chair, and at you, and stays on his feet as well, one hand on the back of his own chair like a lectern.
- -> confrontation_plan

= confrontation_preempted
"Jean-Luc. Sit down." Dougherty turns his mug in his hands, and does not drink from it. "I'm told you've been asking questions in that village. I'd rather you heard the rest of it from me than pieced it together from stories about a warm place in a lake." # speaker: Dougherty
You had left the lake to the survey office. It seems the survey office reported to him.
"There's a ship in that lake," he says. "A holoship. With the village inside it." # speaker: Dougherty
-> confrontation_sit

= confrontation_plan
{ evidence ? relocation_orders:
    He starts to lay it out page by page, the way he would lay out a supply schedule, and you stop him at the first page. "I've read the orders, Admiral. The holoship. The transports. The sleep." # speaker: Picard
    He nods, and seems almost grateful to be spared it.
- else:
    He lays it out page by page, the way he would lay out a supply schedule. The Ba'ku will be moved: quietly, asleep, into the holoship, and carried to a world chosen for them, where they will wake in a village they know and never learn it is not theirs. Then the Son'a collector will harvest the particles from the rings.
}
"There's a burns ward on Starbase 212," Dougherty says. "Forty beds. Last spring I pinned a medal on a boy there who can't close his hands. Ru'afo's doctors say six months near these particles and he could hold a fork." He looks down at his own hands. "I'd like to see that before I retire, Jean-Luc." # speaker: Dougherty
- (questions)
* [Ask who authorised this]
    "Who authorised it?" # speaker: Picard
    "The Council. Under seal. I have the directive here, if you want it." He doesn't offer it. # speaker: Dougherty
    { evidence ? sealed_authorization:
        "I asked about that seal before I ever came here," you say. "Nobody would tell me what it covered." # speaker: Picard
        "No," Dougherty agrees. "That's rather the point of a seal." # speaker: Dougherty
    }
    -> questions
* (planet) [Ask what will become of the planet]
    "And the planet, afterwards?" # speaker: Picard
    { evidence ? collector_projection:
        "Uninhabitable for a while," Dougherty begins. # speaker: Dougherty
        You put Geordi's projection on his desk, the grey world turning. "Not for a while, Admiral. For generations." # speaker: Picard
        He looks at it, and for the first time he does not have a number ready.
    - else:
        "There'll be some effect on the surface," Dougherty says. "For a while. The Ba'ku won't be here to see it." # speaker: Dougherty
    }
    -> questions
* [Ask why the Ba'ku are not to be told]
    "Why not simply ask them?" # speaker: Picard
    "Because they'd say no, and then we'd have to move them anyway, and it would be ugly." He spreads his hands. "This way nobody is frightened. Nobody has to watch." # speaker: Dougherty
    {
    - return_to_the_village.sojef_storehouse.promised:
        You think of Sojef shaking your hand once, hard, over the promise you made him in the square, and for a while you look at the flag in the corner instead of at the admiral.
    - return_to_the_village.sojef_storehouse.honest_answer:
        You told Sojef he would hear the truth from you. The way this is written, he will hear it from nobody at all.
    - return_to_the_village.sojef_storehouse.knock:
        "Knock on the door," Sojef told you. "It is how we do it here." # speaker: Sojef
    }
    -> questions
* (asked_gap) {data_diagnostic.asked_near} [Ask about the six minutes cut from the blind's log]
    "Six minutes are missing from the duck blind's log, Admiral. Right where Data was shot." # speaker: Picard
    Dougherty's eyes go to the bulkhead, where the machine is breathing. "Ru'afo's people maintain the blind's recorders," he says. "Ask him." A pause. "I'd rather you didn't." # speaker: Dougherty
    -> questions
* {dougherty_confrontation.with_beverly} [Let Beverly ask about the medicine]
    Beverly leans forward. "Admiral, has anyone studied whether the particles could be used here, in place? Bring the patients to the rings, instead of stripping the rings to the patients?" # speaker: Crusher
    Dougherty blinks, and for a moment has nothing to say. "There isn't time for that sort of study, Doctor." # speaker: Dougherty
    "Ten patients, on the surface, for a month," Beverly says. "I'd run it myself." She does not press it, but you see her make a note. # speaker: Crusher
    -> questions
* {troi_at_confrontation} [Glance at Deanna]
    You glance at Deanna. She does not look at you, but she shifts her weight, slightly, toward the admiral, which between the two of you has always meant: he is more frightened than he sounds.
    -> questions
* -> confrontation_law
* [Tell him you have heard enough of the plan]
    -> confrontation_law

= confrontation_law
"And before you reach for the Directive, Jean-Luc: legal has been over it. Forty pages." Dougherty slides a padd across the desk and does not wait for you to read it. # speaker: Dougherty
"{chronicle:You've been down in their cellar, I hear.|Did you know they keep a warp engine in a cellar under their library?} They flew here. They're not a people finding their feet; they're a colony that unplugged. We moved nine thousand colonists off Tessen for a dam, and nobody called that a violation. And the Council is their government too, now, whether or not they've heard of it. It voted." # speaker: Dougherty
{
- chronicle.entry_uninvited:
    You think of the line in the chronicle, in Sojef's hand: that you came uninvited, and hid, and were caught.
- chronicle.entry_help:
    You think of the line in the chronicle: that you said you came to help, and that the chronicle would wait and see.
- chronicle.entry_blank:
    You think of the blank line in the chronicle, left for you and Sojef to fill in when it is finished.
}
{ afternoon == afternoon_orchard:
    You think of Maelin's son, who also wanted what was in the cellar, and of his tree that nobody picks.
}
* [Argue the spirit of the Directive]
    -> argue_spirit
* {LIST_COUNT(evidence) >= 2} [Lay the evidence on his desk, item by item]
    -> argue_evidence
* [Feign acceptance, and buy time]
    -> feign_acceptance
* [Accept his reading of the law]
    -> accept_reading

= argue_spirit
"The Directive was never about where someone was born, Admiral. It's a promise we make to ourselves: that we will not decide for other people how they are to live, however sure we are, however much we want what they have. The moment we start reading it for loopholes, it stops being a principle and becomes a procedure. And procedures can be made to permit anything." # speaker: Picard
Dougherty squares the padd on the desk with two fingers, and looks out at the collector's bones in the window.
"I gave that speech once," he says. "To a cadet review board, thirty years ago. They gave me a commendation for it." He turns back. "It'll go in my report, Jean-Luc. Word for word, if you like." # speaker: Dougherty
~ declare_stance(spirit)
~ doubt(1)
~ shift_standing(-5)
~ confrontation = argued_spirit
-> ruafo_enters

= argue_evidence
~ temp laid = 0
"Then let's talk about what's on the record." # speaker: Picard
Dougherty folds his arms. He will hear three things, perhaps, before he stops hearing them.
- (lay)
{ laid >= 3:
    -> evidence_answer
}
* (wound_laid) {evidence ? data_wound} [Put down Data's wound]
    "A Son'a sidearm, at close range, days before anyone called it a malfunction.{wound_certified: My chief medical officer has signed the scan.}" # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? data_memory} [Put down what Data remembers]
    "My second officer remembers the eastern arm of that lake, and a Son'a officer in the trees who shot him for going there." # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? relocation_orders} [Put down the relocation orders]
    "Orders to carry a whole village away in its sleep. Under your authority." # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? holoship} [Put down the holoship]
    "A copy of their village at the bottom of their own lake{holoship_interior.saw_chronicle:, with a chronicle full of blank pages}{holoship_interior.saw_orchard:, and an orchard where nothing falls}. Built to lie to them." # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? isolytic_arms} [Put down the weapons in this ship]
    "Isolytic weapons, banned by treaty, aboard the ship we are {dougherty_confrontation.confrontation_sit.stood:standing|sitting} in." # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? ketracel} [Put down the ketracel-white plant]
    "A plant in the aft hold of this ship, making ketracel-white by the tonne. You know who drinks it." # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? servitude} [Put down the steward who was paid over as a debt]
    "The steward who pours Ru'afo's wine was handed to him in settlement of a debt. I asked him." # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? collector_projection} [Put down Geordi's projection]
    "The planet after your collector has been through the rings: grey from pole to pole." # speaker: Picard
    ~ laid++
    -> lay
* {evidence ? sealed_authorization} [Put down your seal on the survey]
    "A vice admiral's personal seal on a cultural survey of a few hundred farmers." # speaker: Picard
    ~ laid++
    -> lay
* {laid >= 1} [Stop there, and let him answer]
    -> evidence_answer

= evidence_answer
Dougherty has gone still, {dougherty_confrontation.confrontation_sit.stood:one hand on the back of his chair|both hands on the desk}.
* [Wait for his answer]
- { dougherty_confrontation.argue_evidence.wound_laid:
    "The Son'a shot Data," you say. "Didn't they?" # speaker: Picard
    { wound_certified:
        Dougherty looks at Beverly's signature on the scan, and then away from it.
    - else:
        Dougherty looks at the scan, and then away from it.
    }
    "Ru'afo's officer fired on him," he says. "At the blind. I signed the report calling it a malfunction. I told myself it was kinder." He looks older than he did a minute ago. "I've told myself a lot of things are kinder, this year." # speaker: Dougherty
- else:
    "When you asked me for Data's schematics," you say, "how much of this did you already know?" # speaker: Picard
    Dougherty takes his time. "All of it," he says. "I wanted him switched off before he told anyone what he'd found at the lake. I told myself it was kinder." He looks older than he did a minute ago. "I've told myself a lot of things are kinder, this year." # speaker: Dougherty
}
~ gain_evidence(dougherty_admission)
~ doubt(2)
{ troi_at_confrontation && loyalty_troi >= 50:
    "You don't believe that," Deanna says gently. "You haven't believed it since the moment it happened." # speaker: Troi
    Dougherty looks at her, and does not deny it, which is more than you expected.
    ~ doubt(1)
}
~ confrontation = argued_evidence
-> ruafo_enters

= feign_acceptance
You let the machine behind the bulkhead breathe twice, and then you nod, slowly, like a man persuaded against his will.
"I can't say I like it, Admiral. But I can see the arithmetic." # speaker: Picard
{ dougherty_confrontation.confrontation_sit.stood:
    Dougherty's relief comes all at once. He sits down at last, as though his knees had decided it for him. "I knew you would, Jean-Luc. I knew it." # speaker: Dougherty
- else:
    Dougherty's relief comes all at once. He reaches across the desk and grips your forearm. "I knew you would, Jean-Luc. I knew it." # speaker: Dougherty
}
{ troi_at_confrontation:
    Beside you, Deanna's hands, folded in her lap, tighten once and are still.
}
~ shift_standing(5)
~ confrontation = feigned_acceptance
-> ruafo_enters

= accept_reading
You look at the padd with its forty pages, and past it at the window, where the collector's bones catch the light. The Ba'ku came here in ships. They kept the ships{chronicle:; you have stood in the cellar where they keep them}.
"Very well, Admiral. I accept your reading." # speaker: Picard
{
- troi_at_confrontation:
    Deanna does not move. When you glance at her she is looking at the Federation flag in the corner, and she goes on looking at it while Dougherty thanks you. Beverly hears of it before you are back aboard; the ship is not large enough for that kind of news.
- dougherty_confrontation.with_beverly:
    Beverly stands up before Dougherty has finished thanking you, and waits by the door with her hands in her coat pockets. She does not speak to you again until you are back aboard, and then only to say goodnight. Deanna, when you pass her in the corridor, already knows.
- else:
    Dougherty smiles, and shakes your hand. By the time you are back aboard, Beverly and Deanna both know. Beverly tells you what she thinks of it in four words at the turbolift. Deanna greets you in the corridor in the voice she keeps for strangers.
}
~ declare_stance(letter)
~ loyalty(Crusher, -10)
~ loyalty(Troi, -10)
~ confrontation = accepted_reading
-> ruafo_enters

= ruafo_enters
* [Let the silence sit]
- The door opens without a chime. Ru'afo sweeps in, fresh from whatever the sighing machine behind the bulkhead does for him: his face drawn tight and gleaming, two attendants hurrying at his heels.
{
- sona_alert >= 40 && lake_refused:
    "Captain Picard. You've been busy." He smiles, and nothing else in his face moves. "My sensors tell me all sorts of things about you." # speaker: Ru'afo
- sona_alert >= 40:
    "Captain Picard. You've been swimming." He smiles, and nothing else in his face moves. "My sensors tell me all sorts of things about you." # speaker: Ru'afo
- else:
    "Captain Picard. Still here." He smiles, and nothing else in his face moves. "You like our little world. Everyone does. It's the air." # speaker: Ru'afo
}
{ dougherty_confrontation.confrontation_sit.stood && confrontation != feigned_acceptance:
    He looks from you to the admiral, both on your feet. "Standing, gentlemen? How martial." # speaker: Ru'afo
}
"Admiral, the schedule," he says to Dougherty, as though you had already left. "We are behind it." # speaker: Ru'afo
* [Greet him with perfect courtesy]
    "Ru'afo. You look well." # speaker: Picard
    For an instant something vain and hungry lights his face, and then he sees what you meant by it, and the light goes out. "Not all of us can sit in the sun all day, Captain." # speaker: Ru'afo
* [Ask him which of his officers shot Data]
    "Which of your officers shot my second officer, Ru'afo?" # speaker: Picard
    { dougherty_confrontation.confrontation_plan.asked_gap:
        "And who cut six minutes out of the blind's log afterwards?" # speaker: Picard
    }
    { debris_field.circled:
        "And whose ship set down beside his wreck, the night before we came for him?" # speaker: Picard
    }
    The charm goes out of him like a lamp. "One who was doing his duty," he says softly, "on a world where your android had no business walking." Then he smiles again, and it is as if nothing had happened. # speaker: Ru'afo
    ~ raise_alert(5)
* (walked_out) [Leave without acknowledging him]
    You nod to the admiral and walk past Ru'afo to the door without looking at him. Behind you, as the door slides shut, he laughs once, not loudly.
- { walked_out:
    Dougherty catches you up at the transporter room, a little out of breath.
- else:
    You take your leave. Dougherty walks you to the transporter himself.
}
"The Enterprise will have orders in the morning, Jean-Luc," he says. "I'd be grateful if you didn't make them hard to follow." # speaker: Dougherty
{ confrontation:
- argued_spirit: He means it kindly. He also means it.
- argued_evidence: He says it like a man reading from a card who is no longer sure who wrote the card.
- feigned_acceptance: He pats your arm.
- accepted_reading: He shakes your hand warmly, as one sensible man to another.
}
{ dougherty_confrontation.confrontation_plan.planet && evidence ? collector_projection:
    At the door he stops. "That projection of your engineer's," he says, not quite looking at you. "Send it to my office, would you? For the file." # speaker: Dougherty
}
{ confrontation == feigned_acceptance:
    -> feint_aftermath
}
-> act2_close

= feint_aftermath
{ troi_at_confrontation:
    On the transporter pad, before the beam takes you, Deanna says quietly, "You were lying to him. I felt you do it." # speaker: Troi
- else:
    Deanna is waiting in the corridor outside the transporter room. She takes one look at your face. "You told him what he wanted to hear," she says quietly. "And you didn't mean a word." # speaker: Troi
}
* [Tell her it was a feint, and why]
    "I needed time, Deanna. He thinks I'm with him. I'm not. I'd rather you knew that than guessed it." # speaker: Picard
    Some of the stiffness goes out of her shoulders. "Thank you," she says. "I'd have guessed. But thank you." # speaker: Troi
* [Keep your own counsel]
    "I said what was necessary." # speaker: Picard
    "Yes," Deanna says. "You did." She leaves it there, and walks a half pace apart from you all the way to the bridge. # speaker: Troi
    ~ loyalty(Troi, -5)
    ~ feint_untold = true
- -> act2_close

= act2_close
That night you stand at the viewport of your ready room and look down at the planet: the village lamps, the dark lake, the orchard, the hills{shoreline_survey.survey_hills.marked:, where your survey map has two crosses for sound cave mouths and a third struck through}.
{ evidence ? holoship:
    { holoship_interior.the_square.closer:
        Somewhere under that lake, a grey figure with your stance and no face stands where you stood, waiting for its details to come in.
    - else:
        Somewhere under that lake, a grey figure in a Starfleet uniform stands where you stood, waiting for its details to come in.
    }
- else:
    Somewhere under that lake is a ship you never saw, with room in it for a whole village.
}
{ artim_truth:
    One of the lamps is Sojef's. Artim knows the truth about Data, because you told him, and by now he will have written it down.
}
{ evidence ? isolytic_arms:
    { isolytic_sealed:
        What the Son'a carry in their holds is in a log that only you and Worf can open.
    - else:
        Worf's scan went into the ordinary tactical record, and by the change of watch half the ship knew what the Son'a carry in their holds.
    }
}
{ data_state == destroyed:
    Out on the bridge, the operations console is still dark. Nobody has asked you whether to light it.
}
Above it all, in high orbit, the collector catches the light.
-> act3
