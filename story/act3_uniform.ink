// act3_uniform.ink: Act III, The Uniform. The recall order and the list that comes with it,
// a moment alone, the crew gauntlet (six doors, time for four), the officer you did not
// visit, the choice (obey, resign, mutiny, covert), then either the obey briefing or the
// assignments, the message packet, the standing order and the warning to the Ba'ku.
// Enters at act3; every route leaves by -> act4.

=== act3 ===
# chapter: 3 The Uniform
# checkpoint: chapter-3
The order arrives at oh-seven-hundred, before you have finished your tea, flagged in the pale amber that Starfleet keeps for things it does not mean to discuss.
The Enterprise is to withdraw from the Briar Patch by fifteen hundred hours and hold at the rendezvous beyond its edge. Captain Picard is to remain at the joint observation post as Starfleet's officer of record for the next phase of the survey. Shore leave on the planet is cancelled.
It runs to eight lines. On the second reading you notice that the word Ba'ku is not in any of them.
-> recall_order

// ------------------------------------------------------------ helpers (read only)

// Data can be visited and given a post: whole, and aboard (never destroyed, and back from the Son'a if he was taken).
=== function act3_data_aboard()
~ return not is_one_of(data_state, (destroyed, impounded))

// The name an officer goes by in Picard's narration.
=== function act3_name(who)
{ who:
- Data: ~ return "Data"
- Riker: ~ return "Will"
- LaForge: ~ return "Geordi"
- Worf: ~ return "Worf"
- Troi: ~ return "Deanna"
- Crusher: ~ return "Beverly"
}
~ return "no one"

// How many of the six doors Picard has knocked on.
=== function act3_visits()
~ return crew_gauntlet.talk_troi + crew_gauntlet.talk_crusher + crew_gauntlet.talk_riker + crew_gauntlet.talk_data + crew_gauntlet.talk_worf + crew_gauntlet.talk_laforge

=== function act3_visited(who)
{ who:
- Data: ~ return crew_gauntlet.talk_data > 0
- Riker: ~ return crew_gauntlet.talk_riker > 0
- LaForge: ~ return crew_gauntlet.talk_laforge > 0
- Worf: ~ return crew_gauntlet.talk_worf > 0
- Troi: ~ return crew_gauntlet.talk_troi > 0
- Crusher: ~ return crew_gauntlet.talk_crusher > 0
}
~ return false

// The officer Picard did not visit who acts on their own: the most loyal of those left out.
=== function act3_pick_unbidden()
~ temp best = ()
~ temp best_l = -1
{ not act3_visited(Riker) && loyalty_riker > best_l:
    ~ best = Riker
    ~ best_l = loyalty_riker
}
{ act3_data_aboard() && not act3_visited(Data) && loyalty_data > best_l:
    ~ best = Data
    ~ best_l = loyalty_data
}
{ not act3_visited(Troi) && loyalty_troi > best_l:
    ~ best = Troi
    ~ best_l = loyalty_troi
}
{ not act3_visited(Crusher) && loyalty_crusher > best_l:
    ~ best = Crusher
    ~ best_l = loyalty_crusher
}
{ not act3_visited(Worf) && loyalty_worf > best_l:
    ~ best = Worf
    ~ best_l = loyalty_worf
}
{ not act3_visited(LaForge) && not geordi_stays && loyalty_laforge > best_l:
    ~ best = LaForge
    ~ best_l = loyalty_laforge
}
~ return best

// Names for prose: "Worf", "Worf and Deanna", "Worf, Deanna and Beverly".
=== function act3_names(team)
~ temp first = LIST_MIN(team)
{ LIST_COUNT(team):
- 0: ~ return "no one"
- 1: ~ return act3_name(first)
- 2: ~ return act3_name(first) + " and " + act3_name(LIST_MAX(team))
}
~ return act3_name(first) + ", " + act3_names(team - first)

// On the covert route every officer beyond the first missing from the departure manifest is noticed.
=== function act3_covert_headcount()
{ command == covert && LIST_COUNT(planet_team) > 1:
    ~ raise_alert(5)
}

// ============================================================== recall_order

=== recall_order ===
{ confrontation == argued_evidence:
    Before you have finished the second reading the admiral is on your screen. He looks as though he has not been to bed.
- else:
    Before you have finished the second reading the admiral is on your screen, shaved and pressed and composed.
}
{ confrontation:
- argued_spirit:
    "Jean-Luc. You'll have read it. I put your objection in my report word for word, as I promised. I'd like that to be the last of it." # speaker: Dougherty
- argued_evidence:
    "You'll have read it." He does not say good morning. "I signed it at three. I'd signed it twice before that and wiped it both times. I wanted you to know that, and I don't want to talk about it." # speaker: Dougherty
- feigned_acceptance:
    "Jean-Luc. You'll have read it." He is smiling. "After yesterday I knew I could put your name on it. The next phase needs a Starfleet officer on the ground, and I wanted it to be one I trust." # speaker: Dougherty
- accepted_reading:
    "Jean-Luc. Your ship can sit out the unpleasant part at the rendezvous. You, I need here. Somebody has to be standing on that grass who understands why it's being done." # speaker: Dougherty
- else:
    "Jean-Luc. You'll have read it. I'd rather you heard the reasons from me than from the order." He does not give any. # speaker: Dougherty
}
{ holoship_reported:
    "And thank you again for the lake," he adds. "You saved us a week of wondering who'd been down there." # speaker: Dougherty
}
* [Acknowledge the order, and nothing more]
    "Acknowledged, Admiral." # speaker: Picard
    Dougherty's shoulders come down half an inch. He had a second speech ready, you realise, and is glad not to need it.
    ~ shift_standing(5)
* (asked_why) [Ask why you stay while your ship goes]
    "Why keep me, Matthew, and send my ship away?" # speaker: Picard
    "Because when they wake up, somebody should be standing there whom they've met. Someone who can tell them they're safe and be believed." He looks straight into the screen. "They like you. That's worth more to this than a starship." # speaker: Dougherty
* (asked_to_come) [Ask him to come down and walk through the village]
    "Come down today. Walk through it once before you sign anything else." # speaker: Picard
    { dougherty_doubt >= 1:
        Dougherty opens his mouth and shuts it again. "Not today," he says at last, and it does not sound like no. # speaker: Dougherty
        ~ doubt(1)
    - else:
        "I've seen every image the survey took, Jean-Luc. I know what it looks like." He says it kindly, as if you had offered him a slide show. # speaker: Dougherty
    }
-
{ data_state == impounded:
    -> recall_data
}
-> recall_list

= recall_data
"One more thing," he says. "Your android. The Son'a technicians want another week with him. We'll return him when the operation's concluded." # speaker: Dougherty
{ promised_data_back:
    You told Data you would bring him back. He said he would remember it.
}
* [Tell him Data comes home before your ship sails]
    -> reclaim_data
* [Let it stand, for now]
    "Very well. For now." # speaker: Picard
    "For now," Dougherty agrees, as if it were a concession he had won. # speaker: Dougherty
    -> recall_list

= reclaim_data
"No, Admiral. Commander Data is a Starfleet officer, and he is coming home to his ship this morning. Whole." # speaker: Picard
Dougherty's smile stays where it is, but he has to hold it there. "That's going to cost me something with Ru'afo, Jean-Luc. And it'll cost you something with me." He makes a note. # speaker: Dougherty
~ shift_standing(-10)
~ data_reclaimed = true
~ data_state = restored
Forty minutes later Data steps off the pad in transporter room two, in a uniform someone else has folded for him. His left hand has been reattached with the fingers in the wrong order; Geordi is already on his way with a kit.
{ promised_data_back:
    "Captain. You said that you would bring me back." He flexes the hand, which does not quite close. "I have thought about that sentence a great deal this week. I am glad it turned out to be true." # speaker: Data
    ~ loyalty(Data, 10)
- else:
    "Captain." He looks at you as if checking a reading. "I did not expect to be sent for. Thank you for sending." # speaker: Data
    ~ loyalty(Data, 5)
}
-> recall_list

= recall_list
When the screen goes dark, there is a second file under the order, marked personal.
It is a list. The Federation medical council has approved a first trial of the renewal therapy, to begin the week the collector comes online: one hundred names, chosen, a covering line explains, from among those who gave most in the war. Burns cases. Amputees. A whole ward of children.
Fourth from the top: Lieutenant Commander Geordi La Forge, Enterprise. Optic regeneration.
Near the bottom, in a different typeface, as if added late: Captain Jean-Luc Picard, Enterprise, on the personal recommendation of Vice Admiral M. Dougherty. A note is clipped to it. You've earned some years back, Jean-Luc. Don't argue. M.
-> ready_room_alone

// ========================================================= ready_room_alone

=== ready_room_alone ===
You take the list into the ready room and shut the door. Below the viewport the planet turns slowly, and its village is too small to see.
{ afternoon:
- afternoon_orchard: You know roughly where the orchard lies, north of the mill. You find you have been looking at that patch of green without meaning to.
- afternoon_chronicle: You can place the chronicle house by the bend in the river. Somewhere under its turf roof is the line you were shown, and the thread that does not match.
- afternoon_shoreline: The lake is easy to find, a dark thumbprint east of the village. You know now what is lying at the bottom of it.
}
The padd is warm from your hand. Your name sits at the bottom of it in that late, different type.
* (struck) [Strike your own name off the list]
    You draw a line through it, and then, because a line can be read through, you delete the entry and send the amended list back to the admiral's office without comment.
    The ninety-nine names above it do not change. You had not expected them to, and you notice that you had hoped.
    ~ act3_struck_name = true
* (forwarded) [Send the list down to Beverly, without a word]
    You send it to sickbay with no covering note at all. Beverly will know what to make of a list of patients. She will also see whose names are on it.
* (set_aside) [Turn it face down, and look at the planet]
    You turn the padd over on the desk and leave it there, your name and Geordi's face down on the wood.
    Eight lines of orders, one list, one planet. You stand at the viewport with your hands behind your back, the way you stand on the bridge, until you catch yourself at it and stop.
-
The order gives you until fifteen hundred. There are six people aboard whose judgement you want before you decide anything{data_state == destroyed:, or there were six; there are five now}{data_state == impounded:, and one of them is lying on a Son'a bench in a laboratory across the orbit}. If you are quick, and they are brief, there is time for four.
-> crew_gauntlet

// ============================================================ crew_gauntlet

=== crew_gauntlet ===
{ loyalty_laforge < 25:
    A message from engineering is waiting on the desk when you turn round: Commander La Forge requests an interview with the captain, at the captain's convenience, on a personnel matter. Geordi has never in his life written to you like that.
}
-> gauntlet_hub

= gauntlet_hub
{ act3_visits() >= 4:
    -> gauntlet_close
}
{ act3_visits():
- 1: Half an hour gone. {~Word of the order is already round the ship; the corridors are quieter than they should be.|In the turbolift, two ensigns stop talking when the doors open on you.|The crewman on deck eight who took up juggling has, according to the duty log, put the clubs away.}
- 2: An hour gone. {~A crewman you pass in the corridor starts to say something, looks at your face, and says good morning instead.|Ten Forward, as you pass it, is full and nearly silent.|You cross the bridge, and nobody looks up, which means everybody is watching.}
- 3: Ninety minutes gone. Time, if you are honest with yourself, for one more.
}
* [Find Deanna in her office]
    -> talk_troi
* [Go down to sickbay and Beverly]
    -> talk_crusher
* [Find Will in the observation lounge]
    -> talk_riker
* {act3_data_aboard()} [Look for Data in stellar cartography]
    -> talk_data
* [Find Worf in the armoury]
    -> talk_worf
* [Go down to engineering and Geordi]
    -> talk_laforge
* [Stop asking, and decide]
    -> gauntlet_close

= gauntlet_close
~ pass_time((act3_visits() + 1) / 2)
{ act3_visits():
- 0: You speak to no one. Whatever you decide, it will be yours alone, and you will have to tell them afterwards.
- 4: Two hours. You have spent them on four people, and there {act3_data_aboard():are still two|is still one} you did not reach.
- else: You stop before the time runs out. There are doors you did not knock on, and you are aware of every one of them.
}
-> act3_unbidden

// ------------------------------------------------------------------ Troi
// Preferred appeal: your own feelings, stated honestly. Wrong: a performance.

= talk_troi
Deanna's office smells of cocoa, from a cup cooling at her elbow, and of the oil she burns in a little lamp when she wants a room to feel like somewhere else. She is curled into the corner of the couch with her shoes off, and she watches you come in the way she watches everyone: all of you at once.
{
- feint_untold:
    She does not get up. Since the flagship she has been perfectly civil to you in the corridors, which from Deanna is a storm warning.
    -> troi_feint
- confrontation == accepted_reading:
    "You agreed with him," she says, before you have sat down. "{troi_at_confrontation:I was in the room.|The whole ship knows.} I won't pretend I'm not disappointed. But you're here, so I suppose you haven't finished deciding." # speaker: Troi
- troi_at_confrontation:
    "I keep thinking about the admiral," she says. "He's more frightened than anyone on that ship. Not of you. Of finding out he was wrong when it's too late to matter." # speaker: Troi
}
-> troi_appeal

= troi_feint
* [Tell her the truth about the feint, at last]
    "On the flagship I told Dougherty what he wanted to hear, and I let you guess the rest instead of telling you. That was unfair to you." # speaker: Picard
    "Yes. It was." She lets you hear that she means it. Then she moves her feet to make room on the couch. "Most people wait for me to bring it up, and then they're annoyed that I did." # speaker: Troi
    ~ feint_untold = false
    ~ loyalty(Troi, 5)
* [Leave it unsaid]
    You leave it where it is. She watches you decide to, and lets you.
- -> troi_appeal

= troi_appeal
"So," she says. "What did you come to tell me, Jean-Luc?" # speaker: Troi
* [Tell her what you feel when you stand in that village]
    "When I walk through that village I feel as if I've been holding my breath for thirty years and someone has told me I may stop. I don't trust it. I don't want to give it up. And I'm ashamed that any part of this decision is about me." # speaker: Picard
    { feint_untold:
        She hears you out. "All of that is true," she says. "It isn't everything, though." She does not ask what the rest is. # speaker: Troi
        ~ loyalty(Troi, 10)
    - else:
        Deanna unfolds herself from the couch and pours you a cup of cocoa you did not ask for, which between the two of you has always counted as applause. "That's the first thing anyone has said to me today that wasn't a position." # speaker: Troi
        ~ loyalty(Troi, 15)
    }
* [Walk her through the legal case against the order]
    You set it out as you would for a tribunal: the Directive, the settlers' argument, the seal, the orders in the lake. She listens to the end.
    "It's a good case," she says. "You could win with it. I asked what you came to tell me, and you've given me a brief." # speaker: Troi
* [Give her the words you mean to say to the crew]
    You give it to her the way you will give it to them: the promise behind the Directive, the kind of people we choose to be. It is a good speech. You can hear that it is good while you are making it.
    "Jean-Luc." She puts down her cup. "I'm not the crew. You've told me what you want them to feel. I still don't know what you feel." # speaker: Troi
    ~ loyalty(Troi, -10)
-
"One more thing, and then I'll let you go." She looks at the lamp, not at you. "Whatever you decide, Will is going to want me on the ship with him. He hasn't said so. He's been not saying it all morning, very loudly. If it comes to where I go, I'd like you to ask me. Not him." # speaker: Troi
* (promised_to_ask) [Promise to ask her yourself]
    "I'll ask you." # speaker: Picard
    "Thank you." She says it to the lamp, and you can see it has cost her something to need the promise. # speaker: Troi
* [Tell her that is for her and Will to settle]
    "That's for you and Will to settle between you." # speaker: Picard
    "Is it," she says, not as a question, and gets up to open the door for you. # speaker: Troi
- -> gauntlet_hub

// ------------------------------------------------------------------ Crusher
// Preferred appeal: candour. Wrong: reassurance.

= talk_crusher
Sickbay is full of healthy people. Beverly has ordered the whole crew through the scanners, deck by deck, and the line of ensigns outside her office looks fitter than any line of ensigns has a right to.
{
- ready_room_alone.forwarded:
    She holds up a padd before you are through the door. "You sent me a list, Jean-Luc. A hundred patients, Geordi, and you. And not one word with it." # speaker: Crusher
- symptoms_reported:
    "Ru'afo's medical staff want tissue samples from forty of our people," she says. "I told them the requisition needs your signature. As of this morning, it does." # speaker: Crusher
- else:
    "The log's still in my queue, if you're wondering. Unsent. I check it every morning, like a sore tooth." # speaker: Crusher
}
She sends the ensign on the biobed away with a pat on the arm and a clean bill of health that, by her face, she finds faintly insulting.
* [Tell her plainly what you are weighing, and what you fear]
    "Six hundred people against a great many more, and I can't make the sum come out. I'm afraid one reason I can't is that I like how I feel down there. I don't know yet which way I'll go." # speaker: Picard
    Beverly sets the scanner down. "Good," she says. "That's the first honest history I've taken all morning." # speaker: Crusher
    { act3_struck_name:
        "I took my name off the list," you add. # speaker: Picard
        She looks at you over the padd. "Of course you did." It is not unkind. # speaker: Crusher
    }
    ~ loyalty(Crusher, 15)
* [Assure her it will come out right]
    "Whatever happens, we'll see it through. It will come out right, Beverly." # speaker: Picard
    "Don't." She does not raise her voice. "Don't use that voice on me. You keep it for admirals and widows, and I'm not either yet." # speaker: Crusher
    ~ loyalty(Crusher, -10)
* [Ask her, as a doctor, what the particles could do]
    "As a physician. What could they do?" # speaker: Picard
    She answers like one: tissue repair, nerve regrowth, the slow clock of the cell turned back. "For the people on that list? Nearly anything. For the ones who aren't on it, nothing, for years." She shrugs. "That's not a reason to do it or not do it. It's a prognosis." # speaker: Crusher
-
"Can I tell you what keeps nagging at me?" She frowns at a scan on the wall. "Every paper on this assumes the particles have to be taken away from the rings before they're any use. {dougherty_confrontation.with_beverly:I asked the admiral whether anyone had looked at bringing the patients here instead, and he told me there was a war.|I haven't seen anyone ask whether the patients could come here instead.} I don't know the answer. I don't know if it's even a sensible question." # speaker: Crusher
"And I feel thirty-five," she says. "I'm not going to pretend I don't like it." # speaker: Crusher
* [Admit that you feel it too]
    "So do I. I took the ladder to the bridge this morning instead of the turbolift, to see whether I could. I could." # speaker: Picard
    Beverly laughs out loud, a real laugh, the first you have heard from her since the Evora left. "Then we're both compromised. Good. I'd hate to be the only one." # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Tell her it cannot be allowed to count]
    "It can't be allowed to count, Beverly. Not in this." # speaker: Picard
    "It counts," she says. "It just doesn't get a vote." She picks up the scanner again. # speaker: Crusher
- -> gauntlet_hub

// ------------------------------------------------------------------ Riker
// Preferred appeal: trust between equals. Wrong: rank.

= talk_riker
Will has the departure plan spread across the observation lounge table in three colours. Without the beard his face gives away more than it used to, and what it is giving away this morning is that he has been up since four.
{
- lake_partner == Riker:
    "The creepiest thing I've seen all year is still sitting at the bottom of that lake," he says, without looking up. "And by fifteen hundred we're supposed to leave it there." # speaker: Riker
- else:
    "Fifteen hundred." He taps the departure window. "Plenty of time to leave. Not a lot of time to decide whether we're leaving." # speaker: Riker
}
* [Ask him what he would do in your chair]
    "Will. If this were your chair, what would you do?" # speaker: Picard
    He looks up to see whether you mean it. You do. "Honestly? I'd go down and stand in front of them. And I'd want someone I trusted to take the ship out and make enough noise that the Council has to listen." He rubs his bare chin. "I'm not sure it's right. I'm sure it's what I'd do." # speaker: Riker
    ~ loyalty(Riker, 15)
    -> riker_deanna
* [Remind him whose decision this is]
    "Before you offer an opinion, Number One: this decision is mine, and so will be the orders that follow from it." # speaker: Picard
    Will straightens from the table. "Understood, Captain." The easy set of his shoulders has gone, and something more careful has taken its place. # speaker: Riker
    ~ loyalty(Riker, -10)
    ** (pressed) [Make it plain this is not a discussion]
        "It isn't a discussion, Commander." # speaker: Picard
        "No, sir. I can see that." He rolls up the departure plan, colour by colour, and waits to be dismissed. You realise he is not going to say anything else unless it is an order. # speaker: Riker
        ~ loyalty(Riker, -10)
        -> gauntlet_hub
    ** [Take it back: you asked badly]
        "That came out wrong. I came to ask you, not to tell you." # speaker: Picard
        "It did come out wrong." Some of the stiffness goes out of his shoulders. "Ask, then." # speaker: Riker
        ~ loyalty(Riker, 5)
        -> riker_deanna
* [Tell him what you will need from him, whatever you decide]
    "Whatever I decide, I'll need someone to take this ship out of the Briar Patch with something aboard that the Council can't ignore." # speaker: Picard
    "Then you've got him." He says it at once, and it is true, and he does not ask whether you had thought of asking what he thought. # speaker: Riker
    -> riker_deanna

= riker_deanna
"One more thing. Personal." Will looks at the plan instead of at you. "If it comes to splitting us up, some down there and some aboard, I'd like Deanna where I can see her. I know how that sounds. I know that isn't how it works." # speaker: Riker
* (kept_together) [Promise to keep them together if you can]
    "If I can keep you together, I will." # speaker: Picard
    "That's all I'm asking." He looks relieved and slightly embarrassed, in roughly equal parts. # speaker: Riker
* [Tell him that is Deanna's choice, not yours]
    "That's Deanna's choice, Will. Not mine, and not yours." # speaker: Picard
    He winces, then grins. "You're right. I'll tell her you said so. She'll like it better from you." # speaker: Riker
- -> gauntlet_hub

// ------------------------------------------------------------------ Data
// Preferred appeal: principle, put as a question (best of all: his own question, if Picard listened in Act I). Wrong: an order.

= talk_data
Data is alone in stellar cartography, with the Ba'ku village projected across the whole curved wall at a scale where the roof tiles can be counted.
{ data_reclaimed:
    His left hand is back in the right order. He opens and closes it now and then, as though checking Geordi's work.
}
"There are two hundred and twelve roofs, Captain," he says. "The survey gives the population as six hundred. I found that I wanted to know how many homes." # speaker: Data
{ lake_partner == Data:
    "The replica under the lake has two hundred and twelve as well," he adds. "I checked. I am not certain why I hoped it would be wrong." # speaker: Data
}
* {data_heard} [Ask him his own question from the shuttle: was he right?]
    "On the shuttle you asked me whether you had been right. I said I would like to know too. I still would. Were you?" # speaker: Picard
    Data turns from the wall. "I believe so. But I was not functioning normally, and a mind that is not functioning normally always believes it is right." He considers you. "I would like to be right again, sir. On purpose, this time, and with you." # speaker: Data
    ~ loyalty(Data, 15)
* [Ask whether a law can be kept to the letter and betrayed]
    "Data. Can a law be obeyed word for word and still be betrayed?" # speaker: Picard
    He takes nearly half a second over it, which for him is a long silence. "Yes. If the law exists to protect something, and its wording can be satisfied while the thing it protects is destroyed." A pause. "I believe that is what the admiral is doing. I do not believe he knows it." # speaker: Data
    ~ loyalty(Data, 10)
* [Lay out the evidence and ask for his assessment]
    You give him what you hold. He listens without moving.
    { LIST_COUNT(evidence) >= 3:
        "It is enough to put the question to the Council," he says, "and not enough to answer it for them. That is perhaps the correct amount." # speaker: Data
    - else:
        "It is not enough to prove anything to anyone who does not already wish to be persuaded," he says. "I am sorry, sir. You asked for an assessment." # speaker: Data
    }
* [Tell him you will need him ready for whatever you order]
    "Whatever I decide, Data, I'll need you ready to carry it out. Without debate." # speaker: Picard
    "Yes, sir." He switches the projection off. All two hundred and twelve roofs vanish from the wall at once. "I will be ready." # speaker: Data
    ~ loyalty(Data, -10)
-
"May I ask something, sir?" Data does not wait for permission, which is new. "If you decide to carry out the order, will I be permitted to object?" # speaker: Data
* (may_object) [Tell him to object whenever he must]
    "Whenever you must, Data. Out loud, and to my face." # speaker: Picard
    "Thank you." He files it away somewhere you cannot see. "I hope it will not be necessary. I find I am glad it is allowed." # speaker: Data
    ~ loyalty(Data, 5)
* [Ask him to trust your judgement, whatever it is]
    "I'd ask you to trust my judgement, whatever it turns out to be." # speaker: Picard
    "I will try," Data says. He says it with great precision, as though it were a measurement. # speaker: Data
- -> gauntlet_hub

// ------------------------------------------------------------------ Worf
// Preferred appeal: honour. Wrong: caution.

= talk_worf
Worf is in the armoury, reassembling a phaser rifle that did not need taking apart. The rash has reached his ear. There is a cold compress on the bench beside him, and he is plainly refusing to use it.
{
- worf_sang:
    He does not look up. "If this concerns singing, Captain, I would like it in writing." # speaker: Worf
- lake_partner == Worf:
    "The cage in the lake," he says, without preamble. "I have thought of it every hour since. I would like to know what we are going to do about it." # speaker: Worf
- else:
    "Captain." He sets the rifle down. "The ship leaves at fifteen hundred. I have not been told whether I leave with it." # speaker: Worf
}
* [Speak of what is owed to those who cannot fight]
    "Six hundred people who laid down their weapons three centuries ago are about to be carried off in their sleep by people who never laid down anything. I see no honour in watching that from a rendezvous point." # speaker: Picard
    Worf goes very still. "No," he says. "There is none." He picks up the rifle and finishes it: two clicks, very final. "Whatever you decide, you will not have to say that to me twice." # speaker: Worf
    ~ loyalty(Worf, 15)
* [Ask for his tactical read on the Son'a]
    He gives it crisply: the flagship, two ships of the line, a swarm of drones, and the collector, which is not a weapon and will do more harm than one.
    "They are arrogant and well armed. The first makes them careless. The second makes carelessness expensive." # speaker: Worf
* [Ask him for a cool head, and nothing rash]
    "Whatever happens, Mister Worf, I need you to keep your temper. Nothing rash." # speaker: Picard
    The compress hits the bench. "I have kept my temper for four days while my own body insulted me. I did not expect to be insulted by my captain." He masters himself with a visible effort. "Understood." # speaker: Worf
    ~ loyalty(Worf, -10)
-
"If there is fighting," Worf says, "I wish to be where it is." # speaker: Worf
* (at_side) [Tell him he will be at your side]
    "Then you'll be at my side." # speaker: Picard
    Worf nods, once. It is the nod of a man who will hold you to it. # speaker: Worf
* [Tell him he will go where he is most needed]
    "You'll go where you're most needed, Mister Worf. That may not be where the fighting is." # speaker: Picard
    "That is usually where I am most needed," Worf says. But he lets it stand. # speaker: Worf
- -> gauntlet_hub

// ------------------------------------------------------------------ La Forge
// Preferred appeal: naming what he would give up. Wrong: waving it away.

= talk_laforge
~ temp had_request = loyalty_laforge < 25
Geordi is in his office off main engineering with the door shut, which in all your years aboard you have seen perhaps twice. Dougherty's letter is on his screen.
"They sent me one too," he says. "Admiral's seal and everything. Says I served with distinction. Says optic regeneration like it's a shoe size." # speaker: La Forge
{ loyalty_laforge < 25:
    He pushes a padd across the desk: a transfer request, correct in every field. "The collector project needs engineers who understand the particles. I'd like you to sign that, Captain." # speaker: La Forge
}
{ geordi_sunrise:
    "You were there," he adds. "You saw my face when it came up orange. So don't tell me you don't know what this is." # speaker: La Forge
}
* [Name it plainly: his own eyes, for good]
    "If the collector goes ahead, you keep your eyes for the rest of your life. Faces. Colours. Every sunrise. If I stop it, you lose that, and I'll be the one who took it. I won't pretend otherwise." # speaker: Picard
    Geordi sits back in his chair. "Thank you. Everybody's been so careful not to say it out loud. Like it's a condition." He looks at the letter. "It's not a condition. {geordi_sunrise:It's orange.|It's colour.}" # speaker: La Forge
    { act3_struck_name:
        "For what it's worth, I took my own name off." # speaker: Picard
        "Yeah?" He almost smiles. "Your eyes work fine, Captain. Don't flatter yourself." # speaker: La Forge
    }
    ~ loyalty(LaForge, 15)
* [Tell him there will be other ways to mend his eyes]
    "There'll be other ways, Geordi. Medicine moves quickly. This won't be your only chance." # speaker: Picard
    "Sure." He switches the screen off. "Other ways. I've been hearing about other ways since I was five years old." # speaker: La Forge
    ~ loyalty(LaForge, -10)
* [Tell him the list is his decision, not yours]
    "What you do about that list is your decision, not mine." # speaker: Picard
    "Is it?" He rubs his face with both hands. "Feels like you're making it for both of us this afternoon, one way or the other." # speaker: La Forge
-
{ loyalty_laforge < 25:
    -> laforge_leaves
}
{ had_request:
    He takes the transfer request back and deletes it without ceremony. "Forget you saw that. Bad night." # speaker: La Forge
}
"Whatever you decide," he says, "if this ship has to run, she's going to need me in engineering. I just want that on the record." # speaker: La Forge
* [Tell him to keep his name on the list, for afterwards]
    "Keep your name on that list, Geordi. Whatever happens today, there'll be an afterwards." # speaker: Picard
    He laughs, surprised into it. "You know, I think that's the nicest order you've ever given me." # speaker: La Forge
    ~ loyalty(LaForge, 5)
* [Tell him the list may not outlast the day]
    "That list may not survive today. I'd rather you heard that from me." # speaker: Picard
    "Yeah." He nods slowly. "Yeah, I figured." # speaker: La Forge
- -> gauntlet_hub

= laforge_leaves
"I'm going to stay with the project, Captain." He says it quietly, to the desk. "If it's happening anyway, I'd rather it was done by somebody who cares whether it blows up." # speaker: La Forge
He puts it in writing there and then, and you sign it. He is an officer, and it is his to ask. He thanks you like a stranger.
~ geordi_stays = true
-> gauntlet_hub

// ============================================================ act3_unbidden
// The turn: the officer Picard did not visit, the most loyal of them, has acted on their own.

=== act3_unbidden ===
~ unbidden = act3_pick_unbidden()
{ unbidden:
- Riker: -> unbidden_riker
- Data: -> unbidden_data
- Troi: -> unbidden_troi
- Crusher: -> unbidden_crusher
- Worf: -> unbidden_worf
- LaForge: -> unbidden_laforge
}
-> the_choice

= unbidden_riker
{
- loyalty_riker >= 60: -> unbidden_riker_1
- else: -> unbidden_riker_2
}

= unbidden_riker_1
The door chimes before you have sat down. Will comes in without waiting to be asked and lays two padds on your desk, side by side.
"Flight plans. This one takes us to the rendezvous. This one takes us out the far side of the Briar Patch, where the relays work, by a route the Son'a don't patrol because it's a terrible route." He leans on the desk. "I filed both. You weren't coming to me, so I came to you. Delete whichever one you don't want." # speaker: Riker
A second filed plan means a ship that can slip away without asking anyone's leave. The Son'a liaison, reading Will's paperwork, will see only the first.
~ raise_alert(-5)
* [Thank him, and keep both on file]
    "Keep them both, Number One. And thank you." # speaker: Picard
    "Don't thank me yet. You haven't seen the route." He is grinning as the door closes. # speaker: Riker
    ~ loyalty(Riker, 5)
* [Tell him he should have asked you first]
    "Next time, Will, ask before you file." # speaker: Picard
    "Next time," he says, "come and ask me something." He leaves both padds where they are. # speaker: Riker
    ~ loyalty(Riker, -5)
- -> the_choice

= unbidden_riker_2
Will does not come. Instead a copy of a message crosses your desk: the first officer of the Enterprise has asked the admiral's office to confirm the authenticity and the scope of the recall order. It is a perfectly correct thing to do. He has never done it before without telling you.
Somewhere on the flagship, someone is reading it and wondering why he asked.
~ raise_alert(5)
* [Call him up and ask him why]
    "Will. Why ask the admiral and not me?" # speaker: Picard
    "Because you weren't asking me anything, sir," Will says, "and I thought somebody on this ship ought to be asking somebody something." He sounds tired rather than angry. Having said it, he sounds a little less tired. # speaker: Riker
    ~ loyalty(Riker, 5)
* [Let it go]
    You let it go. It is a correct message, correctly sent, and you have no answer to it that he would not already know.
- -> the_choice

= unbidden_data
{
- loyalty_data >= 60: -> unbidden_data_1
- else: -> unbidden_data_2
}

= unbidden_data_1
Data is waiting outside the ready room with a padd held in both hands, like a gift he is unsure how to present.
"I have assembled a message packet, Captain. Every item of evidence we hold, indexed, cross-referenced and encrypted in a cipher the Son'a have not encountered. If a message must go to the Council, it requires only your decision and a signature." He hands it over. "If it need not, I have practised a skill." # speaker: Data
* [Thank him, and take it]
    "Thank you, Data. That's an hour I didn't have." # speaker: Picard
    "Fifty-two minutes," Data says, and you could swear he is pleased. # speaker: Data
    ~ loyalty(Data, 5)
* [Ask him why he did not come to you with it]
    "Why not come to me first?" # speaker: Picard
    "You were speaking to others, sir. I judged that you would need it whether or not you needed me." There is no reproach in it anywhere, and you feel it anyway. # speaker: Data
- -> the_choice

= unbidden_data_2
The duty log shows that Lieutenant Commander Data has filed a formal request with the admiral's office: all sensor records from the observation post for the day he was shot, under his own name and rank.
"I did not wish to ask you for something you might have to refuse, sir," he says, when you call him. # speaker: Data
On the flagship, someone will notice which records he asked for.
~ raise_alert(5)
* [Tell him he could have asked you]
    "You could have asked me, Data. You can always ask me." # speaker: Picard
    "I will remember that," Data says, and you believe he will, in every detail. # speaker: Data
    ~ loyalty(Data, 5)
* [Tell him he was entitled to ask for himself]
    "It was your right to ask for them yourself." # speaker: Picard
    "Yes," Data says. "That is why I asked." # speaker: Data
- -> the_choice

= unbidden_troi
{
- loyalty_troi >= 60: -> unbidden_troi_1
- else: -> unbidden_troi_2
}

= unbidden_troi_1
The transporter log shows the counselor going down to the village at nine, on a pretext about closing the observers' files, and coming back at ten. She comes straight to the ready room from the pad.
"Nobody told them anything," she says, before you can ask. "I didn't either. I sat with Anij and shelled beans for an hour. They know something is coming. They don't know what." She hesitates. "Anij asked me to tell you she isn't surprised. And that you should come yourself, not send a message." # speaker: Troi
An hour of Deanna's company, shelling beans, has done more for the Ba'ku's opinion of your people than a week of your speeches.
~ trust(5)
* [Thank her for going]
    "Thank you, Deanna. I should have thought of it." # speaker: Picard
    "You'd have thought of it tomorrow." She smiles slightly. "Tomorrow is a little late." # speaker: Troi
    ~ loyalty(Troi, 5)
* [Remind her that shore leave was cancelled]
    "Shore leave was cancelled this morning, Counselor." # speaker: Picard
    "I wasn't on leave," Deanna says evenly. "I was working." She goes without waiting to be dismissed. # speaker: Troi
    ~ loyalty(Troi, -5)
- -> the_choice

= unbidden_troi_2
A note has appeared in your private log, the one only the two of you can open. I can't tell what you're going to do, and that frightens me more than any of the choices. Come and find me when you know. D.
* [Go and find her now]
    You find her in the corridor outside her office, as if she had been waiting there. "I don't know yet," you tell her. "I wanted you to hear that from me." # speaker: Picard
    "That's better than knowing," Deanna says, and she means it. # speaker: Troi
    ~ loyalty(Troi, 5)
* [Leave it until you know]
    You close the note. You will find her when there is something to tell.
- -> the_choice

= unbidden_crusher
{
- loyalty_crusher < 25 && not symptoms_reported: -> unbidden_crusher_1
- loyalty_crusher >= 60: -> unbidden_crusher_2
- else: -> unbidden_crusher_3
}

= unbidden_crusher_1
At ten, Beverly files the crew's medical log with the joint mission: every symptom, every scan, every name. She does not tell you first. You learn of it from Ru'afo's medical office, which writes to thank you for the Enterprise's cooperation and asks when it may begin taking samples.
~ symptoms_reported = true
~ raise_alert(10)
-> the_choice

= unbidden_crusher_2
The transporter chief calls up, puzzled: the chief medical officer has been standing on his pad for ten minutes with two field kits and no destination.
When you get there, Beverly nudges one bag with her foot. "Nobody told me anything, so I packed for every outcome. This one's for the planet. That one's for a bad night in sickbay." She folds her arms. "Tell me which to put down." # speaker: Crusher
* [Tell her to keep both packed]
    "Keep them both packed, Doctor." # speaker: Picard
    "I intended to." She picks up the planet bag anyway, and slings it over her shoulder as if she had already been told. # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Tell her she is ahead of you]
    "You're ahead of me, Beverly." # speaker: Picard
    "Somebody has to be," she says, and does not move off the pad. # speaker: Crusher
- -> the_choice

= unbidden_crusher_3
Beverly does not come to you. She files a formal medical objection to the renewal trial with the Federation medical council instead, under her own name, copied to nobody aboard. You find it in the outgoing log, three paragraphs, every sentence a diagnosis.
* [Call her about it]
    "I read your objection." # speaker: Picard
    "Good. Somebody should." A pause on the channel. "I'd have sent it to you first, Jean-Luc, if you'd come down." # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Leave her to it]
    You leave her to it. It is a good objection, and it is not addressed to you.
- -> the_choice

= unbidden_worf
{
- loyalty_worf >= 60: -> unbidden_worf_1
- else: -> unbidden_worf_2
}

= unbidden_worf_1
The transporter log shows a cargo beam to the village at nine-forty, authorised by Lieutenant Commander Worf: one field kit. Tricorders, medical supplies, two phasers.
"I did not speak to the Ba'ku," Worf says, when you call him. "I left it at their well, closed. If it is needed, it is there. If it is not needed, it is a box." # speaker: Worf
It was not a large beam. The Son'a will have logged it anyway.
~ raise_alert(5)
* [Thank him for his foresight]
    "That was well thought of, Mister Worf." # speaker: Picard
    "Yes," Worf says, and the channel closes before he can be seen to be pleased. # speaker: Worf
    ~ loyalty(Worf, 5)
* [Tell him that is not a decision he makes alone]
    "Putting weapons in that village is not a decision you make alone." # speaker: Picard
    "It is closed," Worf says stiffly. "They are not weapons until someone opens it." # speaker: Worf
    ~ loyalty(Worf, -5)
- -> the_choice

= unbidden_worf_2
A personnel request reaches your desk: Lieutenant Commander Worf asks that his loan to the Enterprise end, and that he return to his station on the first transport out of the sector. Every line of it is in order.
* [Ask him to stay until this is over]
    "Stay until this is done, Mister Worf. I'd count it a favour." # speaker: Picard
    Silence on the channel, and then: "Until it is done," Worf agrees. "Then we will speak of it again." # speaker: Worf
    ~ loyalty(Worf, 5)
* (worf_signed) [Sign it, effective at the rendezvous]
    You sign it, effective when the Enterprise reaches the rendezvous. Until then he is yours to post, and he knows it, and so do you.
- -> the_choice

= unbidden_laforge
{
- loyalty_laforge < 25: -> unbidden_laforge_1
- loyalty_laforge >= 60: -> unbidden_laforge_2
- else: -> unbidden_laforge_3
}

= unbidden_laforge_1
Geordi does not come to see you. His transfer request comes instead: the collector project needs engineers who understand the particles, and Commander La Forge would like to be one of them.
You sign it; it is his to ask. By eleven his office off main engineering is empty, and his deputy is sitting at his desk looking as if he would rather be anywhere else.
~ geordi_stays = true
-> the_choice

= unbidden_laforge_2
Engineering reports the warp core running at a pitch it has not held since the ship's trials. When you call down, Geordi sounds cheerful and entirely unrepentant.
"If we end up running through that soup, she'll need to be warm. If we don't, I've burned some deuterium. Seemed like a good trade." # speaker: La Forge
* [Tell him to keep her warm]
    "Keep her warm, Geordi." # speaker: Picard
    "Already on it, Captain." You can hear the core through the channel, pleased with itself. # speaker: La Forge
    ~ loyalty(LaForge, 5)
* [Tell him to let her cool until you decide]
    "Let her cool until I've decided." # speaker: Picard
    "Aye, sir." A pause. "She's going to be grumpy about it." So, you suspect, is he. # speaker: La Forge
- -> the_choice

= unbidden_laforge_3
Geordi has written to the collector project's office. The question is polite and precise: whether his place on the trial list depends on where the Enterprise is when the trial begins.
* [Ask him about it]
    "I saw your letter to the project." # speaker: Picard
    He is quiet on the channel. "I just wanted to know, Captain. I didn't say I'd do anything about it." He sounds ashamed of the question and unwilling to take it back. # speaker: La Forge
    ~ loyalty(LaForge, 5)
* [Leave it between him and the project]
    You leave it. A man may ask a question about his own eyes without explaining it to his captain.
- -> the_choice

// ================================================================ the_choice

=== the_choice ===
{ loyalty_crusher < 25 && not symptoms_reported:
    At half past ten, Beverly files the crew's medical log with the joint mission, every symptom and every name, without a word to you. Ru'afo's medical office writes to thank you for the Enterprise's cooperation.
    ~ symptoms_reported = true
    ~ raise_alert(10)
}
{ loyalty_laforge < 25 && not geordi_stays:
    Geordi's transfer request reaches you without him: the collector project needs engineers who understand the particles. You sign it, and by eleven his office is empty.
    ~ geordi_stays = true
}
You are back in the ready room, and the order is where you left it{ready_room_alone.set_aside:, beside the list that is still face down}. It is past eleven. In four hours the Enterprise must be under way, one way or another.
{ recall_order.asked_to_come:
    Dougherty did not come down to walk through the village. You had not really thought he would.
}
{ confrontation == accepted_reading:
    A reply to the admiral is already half drafted in your own words from yesterday. It would take a minute to finish it and send it.
}
There are four ways out of this room, and only one of them is the door.
* {confrontation == accepted_reading} [Carry out the order, as you told him you would # near: relocation]
    -> choice_obey
* [Resign your commission, and go down as a citizen]
    -> choice_resign
* [Keep command, and take the Enterprise into defiance]
    -> choice_mutiny
* [Acknowledge the order, and warn the Ba'ku in secret]
    -> choice_covert
* {confrontation != accepted_reading} [Obey the order # near: relocation]
    -> choice_obey

= choice_obey
You open a channel to the flagship. Dougherty answers it himself, as if he had been sitting beside the console waiting.
~ set_command(obeying)
* {pd_stance != letter} [Tell him you accept his reading of the law]
    "I've thought about it, Matthew. The Ba'ku are settlers, and the Directive wasn't written for settlers. I'll carry out the order." # speaker: Picard
    Dougherty closes his eyes briefly, like a man who has put down something heavy. "Thank you. You don't know what that means." # speaker: Dougherty
    ~ declare_stance(letter)
    ~ shift_standing(5)
* {pd_stance == letter} [Tell him you stand by what you said yesterday]
    "I said I accepted your reading, and I do. I'll carry out the order." # speaker: Picard
    "I never doubted it." He clearly had. "Thank you, Jean-Luc." # speaker: Dougherty
    ~ shift_standing(5)
* [Tell him you will obey, and leave the law out of it]
    "I'll carry out the order, Admiral. What I think of it can wait for my report." # speaker: Picard
    { pd_stance == spirit:
        Dougherty hears the objection you are not repeating. "It's on file, Jean-Luc. I haven't forgotten it." He does not sound as if he wants to be reminded. # speaker: Dougherty
    - else:
        Dougherty looks at you a little longer than he needs to. "That'll do," he says. # speaker: Dougherty
    }
-
-> obey_briefing

= choice_resign
You take the pips from your collar one at a time and set them in a row on the desk. They are smaller than you remember.
~ set_command(resigned)
~ shift_standing(-20)
~ raise_alert(20)
* [Tell Dougherty why, on an open channel]
    "I won't move six hundred people in their sleep, Matthew. The Directive is a promise about who decides, not a rule about who arrived first. I'd rather keep it as a private citizen than break it as a captain." You say it on the open channel, where the Son'a can hear it too. # speaker: Picard
    Dougherty does not interrupt. When you finish he looks down at his desk. "I'll have to log this," he says. "All of it." He sounds less sure than he did at seven. # speaker: Dougherty
    ~ declare_stance(spirit)
    ~ doubt(1)
    ~ raise_alert(5)
* [Write your reasons into the log, and leave it there]
    You write it into the captain's log, plainly and without adjectives: what you found, what you were ordered to do, why you will not, and what you believe the Directive is for. Whoever reads it next will find it in your own words.
    ~ declare_stance(spirit)
* [Leave the pips on the desk, and no reasons]
    You leave the pips on the desk and write nothing. Reasons can be argued with. An empty collar cannot.
-
-> crew_hears

= choice_mutiny
You go out onto the bridge, and the bridge goes quiet in the way it does when the captain comes out without being called.
~ set_command(mutinous)
~ shift_standing(-40)
~ raise_alert(30)
* [Tell the bridge why, before you tell the admiral]
    You tell them, standing by the helm where everyone can see you: what is in the lake, what is to be done to the village, and why you believe the Directive forbids it whatever the lawyers say. Then you tell the flagship, on an open channel, that the Enterprise will not withdraw.
    ~ declare_stance(spirit)
* [Give the order, and keep your reasons to yourself]
    You open a channel to the flagship and tell Dougherty that the Enterprise will not withdraw. You do not explain. The bridge crew hear it at the same moment he does, and they watch you, and nobody asks. Will, at your right hand, is the one who most visibly does not ask.
    ~ loyalty(Riker, -5)
-
Dougherty's answer is short and formal and goes into the log. Ru'afo's ships, on the tactical display, begin to move.
Will gets up from his chair, slowly. "Captain. Is that an order, or are you asking us?" # speaker: Riker
* [Ask him, as your first officer and your friend]
    "I'm asking you, Will. As my first officer, and as my friend." # speaker: Picard
    He holds your eye. {loyalty_riker >= 50:"Then you've got me," he says.|"I heard you," he says, which is not the same thing.} # speaker: Riker
    ~ loyalty(Riker, 5)
* [Make it an order # near: a-house-divided]
    "It's an order, Commander." # speaker: Picard
    Something closes in Will's face, quietly, like a hatch. "Aye, sir." # speaker: Riker
    ~ loyalty(Riker, -15)
-
{ loyalty_riker < 35:
    -> riker_relieves
}
{ loyalty_riker < 50:
    Will sits back down. He gives the orders that follow, all of them, correctly, a half-second late. A crew can hear that half-second. So, you suspect, will the Son'a. # near: ashes-in-the-rings
}
-> crew_hears

= riker_relieves
Will does not sit down.
"Then I'm sorry, sir." He turns to the ops station, and his voice is perfectly steady. "Computer, log the time. Under regulations, I am relieving Captain Picard of command on the grounds that he has ordered this ship into mutiny against a lawful order." # speaker: Riker # near: a-house-divided
Nobody on the bridge moves. Then, one by one, they go back to their stations, because that is what a bridge does.
"You can go down to the planet if you want to," Will says to you, more quietly. "I won't stop you. But the Enterprise stays with the admiral." # speaker: Riker
~ set_command(relieved)
-> act3_relieved

= choice_covert
You open a channel to the flagship. "Acknowledged, Admiral. The Enterprise will withdraw at fifteen hundred. I'll stand by at the observation post." # speaker: Picard
~ set_command(covert)
{
- is_one_of(confrontation, (argued_spirit, argued_evidence)):
    Dougherty takes the acknowledgement with visible relief, and then, because he heard you argue yesterday, he is careful. Within the hour a Son'a sensor platform drifts into a lower orbit above the village, and stays there.
    ~ raise_alert(10)
- else:
    Dougherty takes it as he would take any sensible officer's reply. {confrontation == feigned_acceptance:Yesterday's performance has bought you this much: he does not even look up from his desk.|He has no reason to wonder, and he does not.}
}
{ covert_discovered:
    It does not hold. Ru'afo's people have watched you too closely, for too long; by noon, a terse note from the admiral's office asks you to explain the Enterprise's sensor logs. The cover is gone before you have worn it an hour.
}
Now the crew must know what the admiral must not.
* [Tell the senior staff everything, together]
    You seal the observation lounge and tell them everything: the order, the village, what you intend, and why you believe the Directive requires it. Six people keeping one secret is a great deal of secret. But nobody at the table will have to guess.
    ~ declare_stance(spirit)
    ~ raise_alert(5)
    ~ loyalty(Troi, 5)
    ~ loyalty(Crusher, 5)
* [Tell each only what their post needs]
    You tell them one at a time, in corridors and doorways: each the part they need, and no more. It is tidier. Deanna, when her turn comes, listens to her share and then looks at you as though she can see the edges of the others.
    ~ loyalty(Troi, -5)
-
-> crew_hears

// How the senior staff take the decision (resign, mutiny, covert): each by their loyalty.
= crew_hears
{ command:
- resigned: They come to the ready room one by one, as word gets round, and find the pips on the desk.
- mutinous: They hear it on the bridge, or a minute later from someone who did.
- covert: They take it as officers take a secret: without looking at each other.
}
{ command != mutinous:
    {
    - loyalty_riker >= 75: "Well," Will says, after a while. "I always wondered how she'd handle with nobody's permission." # speaker: Riker
    - loyalty_riker >= 50: "I'll do it," Will says. "I'd like it noted that I thought about it first." # speaker: Riker
    - loyalty_riker >= 25: Will says nothing for some time. "I'll take the ship where the orders say," he says at last. "I'm still working out whose orders those are." # speaker: Riker
    - else: "No, sir." Will does not raise his voice. "Not this. Not on your say-so." # speaker: Riker
    }
}
{
- loyalty_worf >= 75: Worf stands, as though the decision were a summons. "I am ready." # speaker: Worf
- loyalty_worf >= 50: "It is the right course," Worf says. "{act3_visited(Worf):I said as much.|I would have said so, had I been asked.}" # speaker: Worf
- loyalty_worf >= 25: "I will obey lawful orders," Worf says carefully. "I am less certain today which ones those are." # speaker: Worf
- else: Worf looks at you as if you were a stranger wearing the captain's face, and does not answer at all.
}
{
- loyalty_troi >= 75: Deanna does not speak. Her relief reaches you across the room like a window opened on a close day.
- loyalty_troi >= 50: "I think you've chosen well," Deanna says. "I also think you're frightened. Both are allowed." # speaker: Troi
- loyalty_troi >= 25: Deanna watches you the way she watches a patient who has just said that he is fine.
- else: "You'll forgive me," Deanna says, "if I wait to see whether you mean it." # speaker: Troi
}
{
- loyalty_crusher >= 75: "About time," Beverly says, and her voice catches on the second word, which she will deny later. # speaker: Crusher
- loyalty_crusher >= 50: "Then I'll need a field kit," Beverly says, already thinking it through, "and you'll need not to get shot." # speaker: Crusher
- loyalty_crusher >= 25: Beverly keeps her counsel. She is waiting to see what it costs, and whom.
- else: Beverly hears you out with her arms folded. "You're a little late to be brave, Jean-Luc." # speaker: Crusher
}
{ act3_data_aboard():
    {
    - loyalty_data >= 75: "I am with you, sir," Data says, and then, as if checking the statement against something: "Yes. I am certain." # speaker: Data
    - loyalty_data >= 50: "I will come," Data says. "I should like to discuss the reasoning at some point. Not now." # speaker: Data
    - loyalty_data >= 25: "I understand the order," Data says, which is not what you asked him. # speaker: Data
    - else: "I will decide for myself where I am needed, sir," Data says. "As I was obliged to, at the lake." # speaker: Data
    }
}
{ geordi_stays:
    Geordi's chair is empty. His deputy sits beside it, not in it.
- else:
    {
    - loyalty_laforge >= 75: Geordi laughs once, not quite steadily. "Okay," he says. "Okay. Let's go keep a planet." # speaker: La Forge
    - loyalty_laforge >= 50: "Whatever you need from engineering, you've got," Geordi says. He does not say what it costs him, and you do not make him. # speaker: La Forge
    - else: "Yes, sir," Geordi says, to the table. # speaker: La Forge
    }
}
-> assignments

// =============================================================== assignments
// Each officer to the planet or the ship. Below 25 they refuse both; below 10 Riker
// relieves Picard and anyone else reports to Dougherty.

=== assignments ===
{ loyalty_riker < 10:
    -> riker_relieves_late
}
It is past noon. The departure plan is still spread on the observation lounge table{unbidden == Riker && loyalty_riker >= 60:, with Will's terrible route drawn over it in red}.
You are going down to the village. What is left to decide is who goes with you and who sails.
{ command:
- covert: Every name missing from the Enterprise's departure manifest is a name the Son'a may count. One missing officer is a clerical error. Several are a pattern.
- resigned: You have no authority left to post anyone anywhere. You ask them instead, and they answer as though you had.
- mutinous: The Son'a ships have stopped pretending to be an escort. Whoever sails will be sailing through them.
}
-> assign_riker

= riker_relieves_late
Will is waiting for you at the lounge door, and he has the ship's security chief with him.
"I've logged it, sir." He does not quite meet your eye. "Under regulations I'm relieving you of command. {command == resigned:You resigned it this morning, so call it a formality. It isn't one.|I've told the admiral why.} You can go down to the planet. The Enterprise stays with the flagship." # speaker: Riker # near: a-house-divided
~ shift_standing(-10)
~ set_command(relieved)
-> act3_relieved

= assign_riker
{ loyalty_riker < 25:
    Will does not come to the lounge. He has asked to be relieved of duty until the Enterprise reaches the rendezvous; he will stay aboard, because the regulations require it, and he will take her nowhere on your account.
    The centre seat goes to Lieutenant Perim, the senior helm officer: steady hands, eleven years aboard, and never more than a night watch in that chair.
    -> assign_worf
}
Will is sitting on the edge of the lounge table with one boot on a chair, the way he sits when he has already guessed the question.
* [Give Will the ship]
    "The Enterprise is yours, Will." # speaker: Picard
    {
    - loyalty_riker >= 75: "I'll bring her back with a scratch or two," he says, "so you'll have something to shout about." # speaker: Riker
    - loyalty_riker >= 50: "Aye, sir. I'll look after her." # speaker: Riker
    - else: "Aye, sir." He takes it like a parcel he did not order. # speaker: Riker
    }
    ~ ship_team += Riker
* [Take Will down with you, and give the ship to Perim]
    "I want you on the ground with me, Will. Lieutenant Perim will take the ship." # speaker: Picard
    { loyalty_riker >= 60:
        He comes up off the table, pleased and trying not to show it. "I was hoping you'd say that. Don't tell Perim." # speaker: Riker
    - else:
        "If that's where you want me." He does not sound sure it is where he wants to be. # speaker: Riker
    }
    Perim comes up from the helm when she is sent for: steady hands, eleven years aboard, and never more than a night watch in the centre seat. "Understood, sir," she says. Only her voice tells you how young she is. # speaker: Perim
    ~ planet_team += Riker
- -> assign_worf

= assign_worf
{
- loyalty_worf < 10:
    Worf is not in the lounge. He is on a channel to the flagship, reporting to the admiral, in full and in order, what his captain intends. You learn of it when the Son'a ships change their patrol.
    ~ raise_alert(15)
    -> assign_troi
- loyalty_worf < 25:
    "I will not go down, and I will not sail in this," Worf says. "Confine me to quarters if you wish. I will be there either way." # speaker: Worf
    -> assign_troi
}
{ act3_unbidden.unbidden_worf_2.worf_signed:
    Worf's transfer is signed. Until the rendezvous he is yours to post, and he stands waiting to be posted.
- else:
    Worf stands by the door, rifle slung, as if the meeting were already over and he were only waiting for the direction.
}
* [Take Worf down to the planet]
    { crew_gauntlet.talk_worf.at_side:
        "At your side," Worf says. "As you said." # speaker: Worf
    - else:
        "Good," Worf says. From Worf, it is very nearly a speech. # speaker: Worf
    }
    ~ planet_team += Worf
    ~ act3_covert_headcount()
* [Send Worf with the ship]
    { crew_gauntlet.talk_worf.at_side:
        "You said at your side." Worf does not argue further. He only makes sure you have heard him say it. # speaker: Worf
        ~ loyalty(Worf, -5)
    - else:
        "The ship will want a tactical officer who can shoot," Worf concedes. "The Son'a will give me practice." # speaker: Worf
    }
    ~ ship_team += Worf
- -> assign_troi

= assign_troi
{
- loyalty_troi < 10:
    Deanna does not come. She has gone to the admiral's office by the morning shuttle, you learn, to tell him what she believes he needs to know about the state of the Enterprise's captain.
    ~ raise_alert(15)
    -> assign_crusher
- loyalty_troi < 25:
    "I'll stay in my office," Deanna says. "I won't be part of it. Either part." # speaker: Troi
    -> assign_crusher
}
{ crew_gauntlet.troi_appeal.promised_to_ask:
    You promised to ask her and not Will. Will, across the room, has noticed that you remembered.
}
* [Ask Deanna to come down to the village]
    { crew_gauntlet.troi_appeal.promised_to_ask:
        "Will you come down with me, Deanna?" # speaker: Picard
        "Yes." She smiles. "Thank you for asking me." # speaker: Troi
        ~ loyalty(Troi, 5)
    - else:
        "Deanna, I want you in the village. They'll need someone who can hear what they're not saying." # speaker: Picard
        "They will," she agrees, and glances once at Will before she goes to pack. # speaker: Troi
    }
    ~ planet_team += Troi
    ~ act3_covert_headcount()
    { crew_gauntlet.riker_deanna.kept_together && aboard(Riker):
        Will hears it. He does not object; he made no promise this morning. You did.
        ~ loyalty(Riker, -5)
    }
* [Ask Deanna to sail with the ship]
    { crew_gauntlet.troi_appeal.promised_to_ask:
        "Will you sail with the ship, Deanna?" # speaker: Picard
        "Yes." She looks at Will, then back at you. "And thank you for asking me, not him." # speaker: Troi
        ~ loyalty(Troi, 5)
    - else:
        "I want you aboard, Deanna. A crew running from the Son'a will need a counselor more than the village will." # speaker: Picard
        "Perhaps," she says. "I'd have liked to be asked." # speaker: Troi
    }
    ~ ship_team += Troi
    { crew_gauntlet.riker_deanna.kept_together && on_planet(Riker):
        Will hears it, and looks at the floor. You promised him, in the lounge this morning. You both remember.
        ~ loyalty(Riker, -5)
    }
- -> assign_crusher

= assign_crusher
{
- loyalty_crusher < 10:
    Beverly has sent her medical log to the admiral with a covering note of her own, in which the word unfit appears twice. You are not copied.
    ~ raise_alert(15)
    -> assign_data
- loyalty_crusher < 25:
    "I'll stay in sickbay," Beverly says, "where I'm some use, and where I don't have to watch." # speaker: Crusher
    -> assign_data
}
{ act3_unbidden.unbidden_crusher_2:
    Beverly has the planet bag on her shoulder already.
}
* [Take Beverly down to the village]
    "I'll want you in the village, Beverly." # speaker: Picard
    "I'll set up wherever they stop walking," she says. "Try to bring me fewer patients than you usually do." # speaker: Crusher
    ~ planet_team += Crusher
    ~ act3_covert_headcount()
* [Keep Beverly aboard, for the ship's wounded]
    "I need you aboard. If the Son'a catch the ship, sickbay will be the busiest place on her." # speaker: Picard
    { loyalty_crusher >= 50:
        "Someone has to mend what the Son'a break up here," she says. She does not pretend to like it. # speaker: Crusher
    - else:
        "Fine." She says it the way she says it about a diagnosis she would have made differently. # speaker: Crusher
    }
    ~ ship_team += Crusher
- -> assign_data

= assign_data
{
- data_state == destroyed:
    There is no one to post at ops. You find that you have paused beside it anyway.
    -> assign_laforge
- data_state == impounded:
    -> assign_data_impounded
}
-> assign_data_post

= assign_data_impounded
Data is still on a bench aboard the Son'a flagship. The ship sails in under three hours, and after that nobody aboard her will be in any position to ask for him.
* [Demand Data back before the ship sails]
    You call the admiral's office and say it once, in words that leave no room for a week's more analysis.
    ~ shift_standing(-10)
    ~ data_reclaimed = true
    ~ data_state = restored
    He comes across twenty minutes later with one hand attached the wrong way round. {promised_data_back:"You said that you would bring me back, Captain. I had begun to model the possibility that you would not." He tries the hand, which does not close. "I am glad the model was wrong."|"Captain. I was not expecting to be sent for." He looks at the room, and at you. "Thank you."} # speaker: Data
    { promised_data_back:
        ~ loyalty(Data, 10)
    - else:
        ~ loyalty(Data, 5)
    }
    -> assign_data_post
* [Leave him where he is]
    You leave him where he is. {promised_data_back:You told him you would bring him back. Later, on the planet, you will remember the exact words.|Nobody in the lounge mentions him.}
    -> assign_laforge

= assign_data_post
{
- loyalty_data < 10:
    Data is not in the lounge. He has gone to the flagship on his own authority, to give the admiral a full account of what his captain intends. He has, he explains in a short and courteous note, no wish to be disposed of by anyone's decision again.
    ~ raise_alert(15)
    -> assign_laforge
- loyalty_data < 25:
    "I will not be posted, sir," Data says. "Not by you, and not today. I will remain at ops until the ship reaches the rendezvous, and then I will decide for myself." # speaker: Data
    -> assign_laforge
}
* [Take Data down to the village]
    "I want you on the planet, Data. Artim has been asking for you." # speaker: Picard
    { data_reclaimed:
        "Then I should not keep him waiting any longer than I have already." Data flexes the hand. It closes now. # speaker: Data
    - else:
        "I owe him a bread-oven wall," Data says, "and an explanation of why I do not need to breathe." # speaker: Data
    }
    ~ planet_team += Data
    ~ act3_covert_headcount()
* [Send Data with the ship]
    "I want you at ops, Data. The ship has to get out of the Briar Patch, and you see more of it than anyone." # speaker: Picard
    "Understood, sir." He does not protest. He does look, once, toward the viewport, and the planet in it. # speaker: Data
    ~ ship_team += Data
- -> assign_laforge

= assign_laforge
{ geordi_stays:
    Engineering belongs to Geordi's deputy now. Whoever takes the ship through the Briar Patch will be doing it without her chief engineer.
    -> assign_done
}
{
- loyalty_laforge < 10:
    Geordi has gone to the flagship, to the collector project, and to the admiral's office on the way. What he told them there, you learn from the Son'a ships, which begin to watch the Enterprise's engines very closely.
    ~ raise_alert(15)
    ~ geordi_stays = true
    -> assign_done
- loyalty_laforge < 25:
    "I'll stay in engineering," Geordi says. "She'll need looking after wherever she goes. Don't ask me where that is." # speaker: La Forge
    -> assign_done
}
* [Keep Geordi in engineering, where the ship needs him]
    "Engineering, Geordi. If she has to run, she'll run for you." # speaker: Picard
    "She always does." He is already thinking about it: you can see the numbers go past behind his eyes. # speaker: La Forge
    ~ ship_team += LaForge
* [Take Geordi down to the village with you]
    "Come down with me, Geordi. I want an engineer on the ground who can see what the Son'a are doing." # speaker: Picard
    "With these?" He touches his implants, and then, on a thought, his own eyelid. "Yeah. Okay. The ship's going to run hotter without me, you know that." # speaker: La Forge
    ~ planet_team += LaForge
    ~ act3_covert_headcount()
- -> assign_done

= assign_done
{ LIST_COUNT(planet_team):
- 0: You will go down alone.
- else: {act3_names(planet_team)} will go down with you.
}
{
- aboard(Riker): Will takes the ship{LIST_COUNT(ship_team) > 1:, with {act3_names(ship_team - Riker)} aboard}.
- LIST_COUNT(ship_team) > 0: Lieutenant Perim takes the ship, with {act3_names(ship_team)} aboard.
- else: Lieutenant Perim takes the ship, with no senior officer beside her.
}
-> message_packet

// ============================================================= act3_relieved
// Riker has the ship. Picard goes down alone, with any officer at 75+ who chooses to follow.

=== act3_relieved ===
{ the_choice.riker_relieves:
    You leave the bridge. Every face on it is turned carefully toward a console.
- else:
    You leave the lounge. Will does not watch you go; he is already giving orders.
}
In your quarters you change out of the uniform into the clothes you keep for leave. Nobody has told you to. It only seems more honest than walking into the village in a uniform that no longer answers to you.
The Enterprise will hold station beside the flagship, where the admiral can see her. Whoever goes down with you goes without her.
-> follow_worf

= follow_worf
{ loyalty_worf < 75:
    -> follow_troi
}
Worf is at the transporter room door with a rifle and no orders. "Commander Riker has not confined me," he says. "I would go with you, if you will have me." # speaker: Worf
* [Take him with you]
    He steps onto the pad as though it were a parade ground, and looks straight ahead.
    ~ planet_team += Worf
* [Send him back to his post]
    "The ship may need you, Worf. Will may need you." # speaker: Picard
    He goes, because you told him to. He is obeying a man with no rank left to give orders, and both of you know it.
- -> follow_troi

= follow_troi
{ loyalty_troi < 75:
    -> follow_crusher
}
Deanna comes with a bag that is mostly not clothes. "Will knows," she says. "He didn't try to stop me. I think he was glad someone was going." # speaker: Troi
* [Take her with you]
    "Then come." # speaker: Picard
    ~ planet_team += Troi
* [Tell her to stay with Will]
    "Stay with him, Deanna. He's going to need someone today who isn't afraid of him." # speaker: Picard
    She looks at you for a while. "That's a kind thing to say," she says, "and an unkind thing to do." But she stays. # speaker: Troi
- -> follow_crusher

= follow_crusher
{ loyalty_crusher < 75:
    -> follow_data
}
Beverly arrives at a run with a medkit over each shoulder. "Don't," she says before you can open your mouth. "I'm not asking." # speaker: Crusher
* [Take her with you]
    You do not argue. You never win, and she has brought two medkits.
    ~ planet_team += Crusher
* [Tell her the ship needs its doctor]
    "The ship needs its doctor, Beverly." # speaker: Picard
    "The ship is sitting still next to an admiral." But she goes, and she lets you see exactly how little she agrees. # speaker: Crusher
- -> follow_data

= follow_data
{ not act3_data_aboard() || loyalty_data < 75:
    -> follow_laforge
}
Data is already there, as though he had calculated to the second when you would arrive. "I would like to come, sir. I believe that it is what I am for." # speaker: Data
* [Take him with you]
    "Then come, Data. Artim will be glad." # speaker: Picard
    ~ planet_team += Data
* [Tell him to stay at ops]
    "Stay at ops, Data. Someone on that bridge should see clearly." # speaker: Picard
    "I will try to see clearly enough for both of us," Data says, and goes. # speaker: Data
- -> follow_laforge

= follow_laforge
{ geordi_stays || loyalty_laforge < 75:
    -> follow_done
}
Geordi comes in still wiping his hands. "She's not going anywhere, Captain. A ship sitting still doesn't need an engineer. You might." # speaker: La Forge
* [Take him with you]
    "Come on, then." # speaker: Picard
    ~ planet_team += LaForge
* [Tell him to stay with his engines]
    "Stay with her, Geordi. She may not sit still forever." # speaker: Picard
    "Yeah." He thinks about it. "Yeah, okay. I'll keep her warm." # speaker: La Forge
- -> follow_done

= follow_done
{ LIST_COUNT(planet_team):
- 0: You step onto the pad alone. The transporter chief takes longer than usual over the coordinates, and you let him.
- else: You step onto the pad with {act3_names(planet_team)}. The transporter chief does not ask whose authority he is working under, and nobody tells him.
}
-> warning_the_baku

// ============================================================= message_packet

=== message_packet ===
{ act3_unbidden.unbidden_data_1:
    Data's packet is on your desk, indexed and sealed. It needs a decision and a name.
- else:
    ~ pass_time(1)
    You build the packet yourself, item by item, in the ready room with the door locked. It takes most of an hour, and every item has to be checked twice, because there will be no chance to send a second.
}
{ aboard(Riker):
    Will is to carry it. It is addressed to the Federation Council, over the admiral's head and around Ru'afo's ships.
- else:
    Lieutenant Perim is to carry it. It is addressed to the Federation Council, over the admiral's head and around Ru'afo's ships.
}
{ LIST_COUNT(evidence) == 0:
    There is nothing in it but your word. No scan, no recording, no order. A Council that does not know you will have to decide whether to believe you.
}
{ evidence ? data_wound:
    A Son'a sidearm's burn in a Starfleet officer, certified by the chief medical officer.
}
{ evidence ? data_memory:
    Data's own memory of the lake, rebuilt frame by frame.
}
{ evidence ? holoship:
    The holoship under the lake, and the village inside it.
}
{ evidence ? relocation_orders:
    The orders to move six hundred people while they sleep.
}
{ evidence ? isolytic_arms:
    Worf's scan of the isolytic weapons the treaty forbids.
}
{ evidence ? ketracel:
    The ketracel-white plant in the flagship's hold.
}
{ evidence ? servitude:
    Eshen's account of the peoples the Son'a keep.
}
{ evidence ? collector_projection:
    Geordi's projection of a grey planet.
}
{ evidence ? sealed_authorization:
    The admiral's seal on a survey that should never have needed one.
}
{ evidence ? dougherty_admission:
    The admiral's own words, in his own office.
}
{ LIST_COUNT(evidence) > 0 && LIST_COUNT(evidence) < 3:
    It is a thin packet. You read it through once as a stranger would, and it looks like a grievance with attachments. # near: court-martial
}
~ evidence_sent = evidence
{ evidence ? servitude:
    -> packet_eshen
}
-> packet_sign

= packet_eshen
Eshen's account names no one. It does not need to. If the Son'a ever read this packet, they will know which Ellora steward answered your question at Ru'afo's table.
* [Send it as it stands]
    You leave it in. The Council should know what is served at that table, and by whom.
* [Take Eshen's account out, to protect him]
    You take it out. One fewer item for the Council, and one steward fewer for Ru'afo to wonder about.
    ~ evidence_sent -= servitude
    ~ eshen_shielded = true
- -> packet_sign

= packet_sign
The signature line is blank.
* {command == resigned} [Sign it with the rank you set down this morning]
    You sign it Jean-Luc Picard, Captain, USS Enterprise. It is not your rank any more. It is still the name they will recognise, and the one they will have to answer.
    ~ signature = signed_captain
    ~ shift_standing(-5)
* {command != resigned} [Sign it as captain of the Enterprise]
    You sign it Jean-Luc Picard, Captain, USS Enterprise, and the ship's registry under it. If they want to dismiss it, they will have to dismiss her too.
    ~ signature = signed_captain
    ~ shift_standing(-5)
* [Sign it as Jean-Luc Picard, and nothing more]
    You sign it with your name and nothing else: a citizen writing to his Council.
    ~ signature = signed_citizen
* [Send it unsigned, and let the evidence speak]
    You leave the line blank. Let them weigh the proof and not the man. It is safer for you, and you know that is part of why you chose it.
    ~ signature = unsigned
    ~ shift_standing(5)
- -> riker_orders

// =============================================================== riker_orders

=== riker_orders ===
Fourteen-forty, in transporter room three.
{
- aboard(Riker):
    Will walks you down with the packet in his hand. At the door he stops, and waits for the part that is not in the packet.
- on_planet(Riker):
    Will is beside you on the pad with a field pack over his shoulder. Lieutenant Perim stands at the console with the packet, waiting for her orders, and Will listens to you give his ship away.
- else:
    Lieutenant Perim meets you there with the packet. Will is in his quarters. She does not mention it, and neither do you.
}
"Any last orders, sir?" # speaker: {aboard(Riker):Riker|Perim}
* [Get the message out, whatever it costs]
    "Get the message out. Whatever it costs." # speaker: Picard
    ~ riker_order = at_all_costs
    { aboard(Riker):
        Will weighs the word whatever and does not ask you to define it. "Understood." # speaker: Riker
    - else:
        Perim hears the word whatever and goes a little pale, and nods. "Understood, sir." # speaker: Perim
    }
* [Get it out, and then come back for us]
    "Get it to the Council. Then come back for us." # speaker: Picard
    ~ riker_order = come_back
    { aboard(Riker):
        "Both halves," Will says. "In that order." He holds out his hand, and you take it. # speaker: Riker
    - else:
        "Both halves, sir. In that order." Perim repeats it as if committing it to memory. # speaker: Perim
    }
* [Keep the ship and her crew safe first # near: the-last-stand]
    "The crew first. If it comes to the message or the ship, keep the ship. Don't come back into this for my sake." # speaker: Picard
    ~ riker_order = spare_the_ship
    { aboard(Riker):
        Will does not like it. He says so with his face and then, because you are still his captain for the next thirty seconds, says nothing at all. # speaker: Riker
    - else:
        "Understood, sir." Perim looks relieved, and then ashamed of looking relieved. # speaker: Perim
    }
-
{ (aboard(Riker) && on_planet(Troi)) || (on_planet(Riker) && aboard(Troi)):
    -> riker_troi_parting
}
-> riker_energise

= riker_troi_parting
Deanna and Will are on opposite sides of the transporter room, and neither of them is looking at the other with any success.
* [Give them a minute, and study the wall]
    You find the wall very interesting. Behind you there is a short conversation that you do not hear, and a shorter silence.
    When you turn back, Will's eyes are too bright and Deanna is composed in the particular way that costs her most.
    ~ loyalty(Riker, 5)
    ~ loyalty(Troi, 5)
* [Keep the line moving]
    "Places, please." It comes out more briskly than you meant. They take their places without a word. # speaker: Picard
- -> riker_energise

= riker_energise
{ command:
- covert: On the departure manifest the Enterprise is withdrawing, exactly as ordered. You go down first, so that the ship can leave on time.
- mutinous: The Son'a ships are already closing on the Enterprise's flanks. You go down first, so that she can run.
- else: You go down first, so that she can go.
}
"Energise." # speaker: Picard
-> warning_the_baku

// ========================================================== warning_the_baku
// The Ba'ku council, by firelight (bible III E).

=== warning_the_baku ===
~ pass_time(1)
{ command:
- covert: You come up the path behind the mill in uniform. On the admiral's board you are a quarter of a mile away at the observation post, standing by.
- resigned: You come up from the meadow with a bare collar. A woman mending a fence looks at it, and at you, and goes on mending.
- mutinous: You come up from the meadow still a captain, with a ship overhead that is running from the people who gave her orders.
- relieved: You come up from the meadow in borrowed clothes, with no ship behind you at all.
}
Sojef has called the council into the long house by the mill, where a fire is kept in every weather. It is late afternoon outside; in here it is already evening, and the light is all from the hearth.
A dozen elders sit on the benches. Anij is near the fire with her sleeves pushed up, as if she came from work and means to go back to it. Artim, who has certainly not been invited, is under a bench with his chin on his knees.
{ LIST_COUNT(planet_team) > 0:
    {act3_names(planet_team)} {LIST_COUNT(planet_team) == 1:stands|stand} by the door, where Sojef has asked your people to wait.
}
{ recall_order.asked_why:
    Dougherty wanted a face the Ba'ku liked standing in front of them when they woke. He will have one, a day early, and not saying what he hoped.
}
{ unbidden == Worf && loyalty_worf >= 60:
    "A box came to our well this morning," Sojef says. "Closed. Nobody has opened it. Several people have walked round it more than once." # speaker: Sojef
}
{ unbidden == Troi && loyalty_troi >= 60:
    "Your counselor shells beans badly," Anij says, "and listens very well. She told me nothing at all, and I understood most of it." # speaker: Anij
}
{
- return_to_the_village.sojef_storehouse.promised:
    "You promised me the curtain would not go up again," Sojef says. "I think you have come to tell me about something worse than a curtain." # speaker: Sojef
- baku_trust >= 50:
    "Sit, Captain," Sojef says. {command == resigned:Then, seeing your bare collar: "Or whatever I should call you now."}{command == relieved:Then, seeing the borrowed coat: "Or whatever I should call you now."} "You have a face like weather. Tell us." # speaker: Sojef
- baku_trust >= 30:
    "Sit," Sojef says. "We will listen. That is not the same as agreeing, but it is where agreeing starts." # speaker: Sojef
- else:
    Sojef does not offer you a seat. "Your people have watched us, lied to us and apologised to us," he says. "Which is this?" # speaker: Sojef
}
* [Tell them everything, the holoship included]
    -> warn_everything
* [Tell them only that they must go to the hills tonight]
    -> warn_hills
* [Offer them phasers to defend the village]
    -> warn_phasers
* [Lay out what you know, and ask what they choose # near: paradise-preserved]
    -> warn_ask

= warn_everything
~ baku_warning = warned_everything
You tell them all of it. The ship in their lake. The copy of their village inside it, down to the tree on its stone props. The plan to carry them off asleep and let them wake on another world, and the collector that will leave this one grey.
Nobody interrupts. When you describe the replica square, an old man near the fire puts his hand over his mouth.
"Thank you," Sojef says, when it is finished. "That cannot have been pleasant to say to our faces." He looks round the benches. "What do you advise?" # speaker: Sojef
"The hills. Tonight. The caves, if you know of any that the transporters cannot reach." # speaker: Picard
The council talks among itself in low voices, and agrees, and you see that they agree because they now know exactly what they are running from.
~ trust(20)
-> warn_after

= warn_hills
~ baku_warning = warned_hills
"You must leave the village tonight and go up into the hills. I can't tell you why. I'm asking you to trust me." # speaker: Picard
Sojef has had three centuries to learn how to hear the part of a sentence that is left out. "You are deciding for us," he says mildly, "what we are strong enough to know." # speaker: Sojef
{ baku_trust >= 40:
    They agree to go. They agree the way people do when they have decided to forgive you later.
- else:
    The council agrees to go. Not all of the faces on the benches agree with the council.
}
~ strain_prime_directive()
~ trust(-5)
-> warn_after

= warn_phasers
~ baku_warning = warned_phasers
"The Son'a are coming for you, with Federation help. I can give you weapons to meet them with. Phasers. I can show you how to use them before dark." # speaker: Picard
The room goes quiet in a different way. Sojef stands, slowly.
"We set those down three hundred years ago, Captain. We did not set them down because we had forgotten how they work." He does not raise his voice. "No." # speaker: Sojef
{ on_planet(Worf):
    By the door, Worf makes a low sound in his chest that is very nearly approval. Whatever Sojef thinks of the offer, Worf thinks better of you for making it.
    ~ loyalty(Worf, 5)
}
The council will go to the hills, they tell you, because the alternative is worse. They will go without your phasers, and they will watch you carefully on the way.
~ breach_prime_directive()
~ trust(-20)
-> warn_after

= warn_ask
~ baku_warning = warned_asked
You tell them everything you know and, carefully, what you do not: the ship in the lake, the replica, the collector, the Son'a schedule, how little time there is. Then you stop.
"It is your home and your decision. I'll tell you what I would do, if you ask me. I won't make the choice for you." # speaker: Picard
Sojef studies you, as if checking the words for a false bottom. Then he turns to the benches, and the council begins to talk.
It takes half an hour. They talk over one another and under one another, and an old woman speaks at length about the storm of a hundred and forty years ago, and somebody asks Anij what she thinks, and she says she thinks the beans need picking before the frost either way.
In the end Sojef turns back to you. "We will go up to the hills tonight. Because we have chosen to, and not because you told us to. Will you walk with us?" # speaker: Sojef
~ trust(15)
~ reaffirm_prime_directive()
-> warn_after

= warn_after
The fire has burned down. Outside, the light is going amber and long.
* [Sit beside Anij while the council breaks up]
    You sit down beside Anij on the warm stone of the hearth. She moves over exactly enough.
    { baku_warning:
    - warned_asked: "You asked them," she says. "That is rarer than telling them well." # speaker: Anij
    - warned_everything: "You told them all of it," she says. "Most people would have kept a little back, for kindness." # speaker: Anij
    - else: "You did not tell them well," she says, without any heat. "You'll do better next time." # speaker: Anij
    }
    She is looking at the fire, not at you. "There is always a next time, here. That is what your people came to take away." # speaker: Anij
    ~ bond(1)
* [Answer Artim, who has come out from under the bench]
    Artim has crawled out and is standing in front of you with a question that has clearly been waiting all afternoon. "Can I carry something? When we go?" # speaker: Artim
    "You can carry the lamp at the front, if your father agrees." # speaker: Picard
    Sojef agrees. Artim goes off at a run to tell everyone, and half the council watches him go and then looks back at you, differently.
    ~ trust(5)
-
{ baku_trust < 40:
    Not every face in the firelight believes you. Some of these people have been warned by strangers before, and the strangers were wrong. # near: the-empty-village
}
The elders go out into the lane to tell their households. Dusk is an hour away. You go with them.
-> act4

// ============================================================= obey_briefing
// The obey route (Act III-O): Picard accepts the transfer plan; scenes 5-8 do not happen.

=== obey_briefing ===
~ pass_time(1)
At noon you give the transfer plan to the senior staff in the observation lounge, as Dougherty gave it to you: the drones, the sectors, the tags, the holoship, the sleep, the world chosen for them, the collector. The figures on the screen are very clear.
{ recall_order.asked_why:
    Dougherty told you this morning why he wanted you here. When the Ba'ku wake, someone they like will be standing in front of them. It is going to be you.
}
The room listens without moving.
* [Give it to them as an order, without discussion]
    "These are our orders. There will be no discussion of them at this table." # speaker: Picard
    There is none. Will looks at the tabletop. Deanna looks at you, once, and then at nothing.
    ~ loyalty(Riker, -5)
    ~ loyalty(Troi, -5)
* [Explain your reasons, plainly]
    You tell them why: the law as the admiral reads it, the settlers' claim, the wards full of people the particles could mend. You do not pretend it is easy. You do not pretend to be sure.
    They hear you out. Nobody agrees aloud, and nobody argues.
* [Ask for their objections, then overrule them]
    "Objections. All of them. Now, while they can be heard." # speaker: Picard
    They come: Will's about the Son'a, Worf's about the drones, Deanna's about the waking. You answer each and overrule each. It takes forty minutes, and at the end they have at least been heard, and they know it.
    ~ loyalty(Troi, 5)
    ~ loyalty(Data, 5)
-
Beverly says nothing at all, from the first figure to the last. She sits with her hands folded on the table and looks at the screen, and her silence is the loudest thing in the room.
{
- act3_data_aboard():
    Data waits until everyone else has finished. "Captain. I would like to reserve an objection until I have seen this carried out. {crew_gauntlet.talk_data.may_object:You told me I might object whenever I must. I am informing you that I may need to.|I do not yet know what it will be. I know that it is there.}" # speaker: Data # near: the-eleventh-hour
- data_state == impounded:
    Data's chair is empty. He is on a bench aboard the flagship, and will be there until it is over. Twice you glance at the chair, as if for the question nobody else will ask.
- else:
    There is no one at the ops end of the table to ask the question nobody else will. The silence sits where it would have been.
}
{ not geordi_stays:
    -> obey_geordi
}
-> obey_beverly

= obey_geordi
The plan carries a rider at the bottom: the collector project requests the Enterprise's chief engineer for the duration of the harvest. Geordi has read it. He is looking at his hands.
* [Let Geordi go to the collector project]
    "It's a reasonable request. Report to the project after the meeting, Geordi." # speaker: Picard
    "Aye, sir." He nods slowly. "I guess if it's happening, I'd rather be the one making sure it doesn't blow up." He does not look at you again. # speaker: La Forge
    ~ geordi_stays = true
* [Keep Geordi aboard; the ship needs her engineer]
    "Tell the admiral the Enterprise needs her chief engineer." # speaker: Picard
    Dougherty's office does not argue, but it notes the refusal, and so does he. Geordi lets out a breath he has been holding since the rider came up on the screen.
    ~ shift_standing(-5)
    ~ loyalty(LaForge, 5)
- -> obey_beverly

= obey_beverly
The meeting breaks up. {act3_data_aboard() && loyalty_troi >= 25:Data and Deanna will stay with you at the observation post|{act3_data_aboard():Data will stay with you at the observation post|{loyalty_troi >= 25:Deanna will stay with you at the observation post|You will run the observation post with its own technicians}}}; the others sail with Will at fifteen hundred. Beverly is first out of the door.
* [Go after her]
    You catch her at the turbolift. "Beverly. Say it." # speaker: Picard
    "I don't have anything to say that you don't already know." She looks at you steadily. "Are you sure?" # speaker: Crusher
    "No." # speaker: Picard
    Something in her face eases, though nothing in it agrees. "Then at least you're not lying to me. Write that down somewhere." The doors close on her. # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Let her go]
    You let her go. The turbolift doors close on her before you have decided whether to call after her, and then it is too late to, which is perhaps what you intended.
-
At fifteen hundred the Enterprise breaks orbit on schedule, with Will in the centre seat, and two Son'a ships take station behind her, as courteous as ushers. You watch her go from the observation post at the edge of the village, where the transfer will be run from. # near: relocation
-> act4
