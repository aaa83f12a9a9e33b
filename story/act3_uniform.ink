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
It runs to eight lines. On the second reading you notice that the word Ba'ku is not in any of them. Before you can begin a third, the admiral's hail is blinking on the desk.
+ [Take the call]
-
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

// How many of the officers who could have been asked were not: five doors without Data, six with him.
=== function act3_unreached()
~ temp doors = 5
{ act3_data_aboard():
    ~ doors = 6
}
~ return doors - act3_visits()

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

// Whether an officer can still be given a post: not lost, not with the Son'a, not gone to the collector.
=== function act3_assignable(who)
{ who:
- Data: ~ return act3_data_aboard()
- LaForge: ~ return not geordi_stays
}
~ return true

// On the covert route, an admiral who heard Picard argue yesterday parks a Son'a sensor platform over the village.
=== function act3_platform()
~ return command == covert && is_one_of(confrontation, (argued_spirit, argued_evidence))

// ============================================================== recall_order

=== recall_order ===
{ confrontation == argued_evidence:
    Dougherty is wearing yesterday's collar, and there is a ring from a coffee cup on the padd at his elbow.
- else:
    Dougherty is shaved and pressed and cheerful, with the flagship's lounge bright behind him.
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
    "Jean-Luc. You'll have read it. I'd rather you heard the reasons from me than from the order." He gives you one, and it is a number. "Forty thousand names on the medical council's ward lists. Every one of them could be home by the spring." # speaker: Dougherty
}
{ holoship_reported:
    "And thank you again for the lake," he adds. "You saved us a week of wondering who'd been down there." # speaker: Dougherty
}
* [Acknowledge the order, and nothing more]
    "Acknowledged, Admiral." # speaker: Picard
    Dougherty's shoulders come down half an inch. He had a second speech ready; he turns the padd it is written on face down.
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
        "I've seen every image the survey took, Jean-Luc. I know what it looks like." He says it kindly, as if you had suggested he take up watercolours. # speaker: Dougherty
    }
-
{ data_state == impounded:
    "And Commander Data," he says, as if a parcel had been left on his desk. "The Son'a technicians want another week with him. We'll return him when the operation's concluded." # speaker: Dougherty
    { promised_data_back:
        You told Data you would bring him back. He said he would remember it.
    }
    * [Tell him Data comes home before your ship sails]
        -> reclaim_data
    * [Let it stand, for now]
        "Very well. For now." # speaker: Picard
        "For now," Dougherty agrees, as if it were a concession he had won. # speaker: Dougherty
        -> recall_list
}
-> recall_list

= reclaim_data
"No, Admiral. Commander Data is a Starfleet officer, and he is coming home to his ship this morning. Whole." # speaker: Picard
Dougherty's smile stays where it is, but he has to hold it there. "Ru'afo will make me pay for that, Jean-Luc. And I'll remember who sent me the bill." He makes a note. # speaker: Dougherty
~ shift_standing(-10)
~ data_reclaimed = true
~ data_state = restored
Forty minutes later Data steps off the pad in transporter room two, in a uniform someone else has folded for him. His left hand has been reattached with the fingers in the wrong order; Geordi is already on his way with a kit.
{ promised_data_back:
    "Captain. You said that you would bring me back." He flexes the hand, which does not quite close. "I have thought about that sentence a great deal this week. I am glad it turned out to be true." # speaker: Data
    ~ loyalty(Data, 10)
- else:
    "Captain." He stays on the pad a moment longer than he needs to. "I did not expect to be sent for. Thank you for sending." # speaker: Data
    ~ loyalty(Data, 5)
}
-> recall_list

= recall_list
When the screen goes dark, there is a second file under the order, marked personal.
It is a list. The Federation medical council has approved a first trial of the renewal therapy, to begin the week the collector comes online: one hundred names, chosen, a covering line explains, from among those who gave most in the war.
+ [Read the names]
-
Burns cases. Amputees. A whole ward of children. Fourth from the top: Lieutenant Commander Geordi La Forge, Enterprise. Optic regeneration.
At the bottom, in a different typeface, as if added late: Captain Jean-Luc Picard, Enterprise, on the personal recommendation of Vice Admiral M. Dougherty. A note is clipped to it. You've earned some years back, Jean-Luc. Don't argue. M.
-> ready_room_alone

// ========================================================= ready_room_alone

=== ready_room_alone ===
You take the list into the ready room and shut the door. Below the viewport the planet turns slowly, and its village is too small to see.
{ afternoon:
- afternoon_orchard: You know roughly where the orchard lies, north of the mill. Your eye goes back to that patch of green three times before you make it stop.
- afternoon_chronicle: You can place the chronicle house by the bend in the river. Somewhere under its turf roof is the line you were shown, and the thread that does not match.
- afternoon_shoreline: The lake is easy to find, a dark thumbprint east of the village. You know now what is lying at the bottom of it.
}
The padd is warm from your hand. Your name is the last line on it, in that late, different type.
* (struck) [Strike your own name off the list]
    You draw a line through it, and then, because a line can be read through, you delete the entry and send the amended list back to the admiral's office without comment.
    The ninety-nine names above it do not change. The admiral's office acknowledges receipt in eleven seconds.
    ~ act3_struck_name = true
* (forwarded) [Send the list down to Beverly, without a word]
    You send it to sickbay with no covering note at all. Beverly will know what to make of a list of patients. She will also see whose names are on it.
* (set_aside) [Turn it face down, and look at the planet]
    You turn the padd over on the desk and leave it there, your name and Geordi's face down on the wood.
    Eight lines of orders, one list, one planet. You stand at the viewport with your hands behind your back until you notice that you are standing the way you stand on the bridge, and make yourself stop.
-
The order gives you until fifteen hundred. There are six people whose judgement you want before you decide anything.{data_state == destroyed: One of them is scattered across the Briar Patch, and you will have to do without his.}{data_state == impounded: One of them is lying on a Son'a bench across the orbit, where nobody can ask him anything.} If you are quick, and they are brief, there is time for four.
-> crew_gauntlet

// ============================================================ crew_gauntlet

=== crew_gauntlet ===
{ loyalty_laforge < 50:
    A message from engineering is waiting on the desk when you turn round: Commander La Forge requests an interview with the captain, at the captain's convenience, on a personnel matter. Geordi has never in his life written to you like that.
}
-> gauntlet_hub

= gauntlet_hub
{ act3_visits() >= 4:
    -> gauntlet_close
}
{ act3_visits():
- 1: Half an hour gone. Word of the order is already round the ship; the corridors are quieter than they should be.
- 2: An hour gone. A crewman you pass in the turbolift starts to say something, looks at your face, and says good morning instead.
- 3: Ninety minutes gone. Time, if you are honest with yourself, for one more.
}
* [Find Deanna in her office]
    -> talk_troi
* [Go down to sickbay and Beverly]
    -> talk_crusher
* [Find Will in the observation lounge]
    -> talk_riker
* {act3_data_aboard()} [Find Data in stellar cartography]
    -> talk_data
* [Find Worf in the armoury]
    -> talk_worf
* [Go down to engineering and Geordi]
    -> talk_laforge
* [Stop asking, and decide]
    -> gauntlet_close

= gauntlet_close
~ pass_time((act3_visits() + 1) / 2)
{
- act3_visits() == 0: You speak to no one. The decision will be yours alone, and so will the telling of it.
- act3_visits() == 4: Two hours. You have spent them on four people, and {act3_unreached() == 1:there is one you did not reach|there are two you did not reach}.
- else: You stop before the time runs out. There are doors you did not knock on, and you know exactly which.
}
+ [Go back to the ready room]
-
-> act3_unbidden

// ------------------------------------------------------------------ Troi
// Preferred appeal: your own feelings, stated honestly. Wrong: a performance.

= talk_troi
Deanna's office smells of cocoa and of the oil she burns in a little lamp when she wants a room to feel like somewhere else. She is curled into the corner of the couch with her shoes off, and she watches you come in the way she watches everyone: all of you at once.
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
        Deanna unfolds herself from the couch and pours you a cup of cocoa you did not ask for. "You're frightened of how much you like it there," she says, handing it over. "Good. So am I." # speaker: Troi
        ~ loyalty(Troi, 15)
    }
* [Walk her through the legal case against the order]
    You set it out as you would for a tribunal: the Directive, the seal on a survey that should never have needed one, the orders in the lake. She listens to the end.
    "It's a good case," she says. "You could win with it. I asked what you came to tell me, and you've given me a brief." # speaker: Troi
* [Try out on her what you mean to tell the crew]
    You give it to her the way you will give it to them, standing, with the lamp between you.
    "We are not the Federation because of our ships. We are the Federation because of what we refuse to do with them." # speaker: Picard
    It is a good speech. You can hear that it is good while you are making it.
    "Jean-Luc." She puts down her cup. "I'm not the crew. You've told me what you want them to feel. I still don't know what you feel." # speaker: Troi
    ~ loyalty(Troi, -10)
-
She reaches for the lamp's little snuffer and turns it over in her fingers without using it. "Will is going to want me on the ship with him. He hasn't said so. He's been not saying it since the order came, very loudly. If it comes to where I go, I'd like you to ask me. Not him." # speaker: Troi
* (promised_to_ask) [Promise to ask her yourself]
    "I'll ask you." # speaker: Picard
    "Thank you." She says it to the lamp. She does not much like needing the promise, and she does not pretend to. # speaker: Troi
* [Tell her that is for her and Will to settle]
    "That's for you and Will to settle between you." # speaker: Picard
    "Is it," she says, not as a question, and puts the flame out between finger and thumb. # speaker: Troi
- -> gauntlet_hub

// ------------------------------------------------------------------ Crusher
// Preferred appeal: candour. Wrong: reassurance. She comes to you: the scene is played in the turbolift.

= talk_crusher
You get as far as the turbolift. It stops at deck eight on the way down, and Beverly gets in with a medical tricorder in one hand and a padd in the other, on her way up to find you.
"Computer, hold," she says, and the lift stops between decks. "Sickbay is full of healthy ensigns. I'd rather have this conversation somewhere nobody is waiting for a clean bill of health." # speaker: Crusher
{
- ready_room_alone.forwarded:
    She holds up the padd. "You sent me a list, Jean-Luc. A hundred names. Geordi's. Yours. And not one word with it." # speaker: Crusher
- symptoms_reported:
    "Ru'afo's medical staff want tissue samples from forty of our people," she says. "I told them the requisition needs your signature. As of this morning, it does." # speaker: Crusher
- else:
    "The log's still in my queue, if you're wondering. Unsent. I check it every morning, like a sore tooth." # speaker: Crusher
}
* [Tell her plainly what you are weighing, and what you fear]
    "I can't make the arithmetic come out, Beverly. And I'm afraid one reason I can't is that I like how I feel down there. I don't know yet which way I'll go." # speaker: Picard
    Beverly lowers the tricorder. "Good," she says. "That's the first honest history I've taken all morning." # speaker: Crusher
    { act3_struck_name:
        "I took my name off the list," you add. # speaker: Picard
        She looks at you over the padd. "Of course you did." It is not unkind. # speaker: Crusher
    }
    ~ loyalty(Crusher, 15)
* [Promise her the crew won't pay for your choice]
    "The crew won't pay for this, Beverly. Whichever way I go, I'll see to that." # speaker: Picard
    "Don't." She does not raise her voice. "Don't use that voice on me. You keep it for admirals and widows, and I'm not either yet." # speaker: Crusher
    ~ loyalty(Crusher, -10)
* [Ask her, as a doctor, what the particles could do]
    "As a physician. What could they do?" # speaker: Picard
    She answers like one: tissue repair, nerve regrowth, the slow clock of the cell turned back. "For the people on that list? Nearly anything. For the ones who aren't on it, nothing, for years." She shrugs. "That's not a reason to do it or not do it. It's a prognosis." # speaker: Crusher
-
"Can I tell you what keeps nagging at me?" She frowns at the tricorder's screen. "Every paper on this assumes the particles have to be taken away from the rings before they're any use. I haven't seen anyone ask whether the patients could come here instead. I don't know the answer. I don't know if it's even a sensible question." # speaker: Crusher
* (council_question) [Ask her to write the question down, for the Council]
    "Write it down. Exactly that, in your own words. If anything goes to the Council today, I want that question in it." # speaker: Picard
    She takes a stylus from her breast pocket and starts writing then and there, the padd braced against the wall of the lift, her lips moving on the harder words.
* [Tell her it is a question for afterwards]
    "Keep it for afterwards, Beverly. Today there isn't room for it." # speaker: Picard
    "There never is." She saves it somewhere, and you watch it go.
-
"Computer, resume." The lift moves. Beverly looks at her reflection in the doors. "And I feel thirty-five. I'm not going to pretend I don't like it." # speaker: Crusher
* [Admit that you feel it too]
    "So do I. I did a fencing lunge in my quarters the other night and nothing hurt." # speaker: Picard
    Beverly laughs out loud, a real laugh, the first you have heard from her since the Evora left. "Then we're both compromised. Good. I'd hate to be the only one." # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Tell her it cannot be allowed to count]
    "It can't be allowed to count, Beverly. Not in this." # speaker: Picard
    "It counts," she says. "It just doesn't get a vote." The doors open on deck twelve, and the line of ensigns outside sickbay straightens up as one. # speaker: Crusher
- -> gauntlet_hub

// ------------------------------------------------------------------ Riker
// Preferred appeal: trust between equals. Wrong: rank. Will puts the question first.

= talk_riker
Will has the departure plan spread across the observation lounge table in three colours. He has been up since four; the coffee at his elbow has grown a skin.
{
- lake_partner == Riker:
    "The creepiest thing I've seen all year is still sitting at the bottom of that lake," he says, without looking up. "And by fifteen hundred we're supposed to leave it there. So before you start, sir: are you here to tell me something, or to ask me?" # speaker: Riker
- else:
    "Fifteen hundred." He taps the departure window. "Plenty of time to leave. Not a lot of time to decide whether we're leaving. So before you start, sir: are you here to tell me something, or to ask me?" # speaker: Riker
}
* [Ask him what he would do in your chair]
    "To ask. If this were your chair, Will, what would you do?" # speaker: Picard
    He looks up to see whether you mean it. You do. "Honestly? I'd go down and stand in front of them. And I'd want someone I trusted to take the ship out and make enough noise that the Council has to listen." He rubs his bare chin. "I'm not sure it's right. I'm sure it's what I'd do." # speaker: Riker
    ~ loyalty(Riker, 15)
    -> riker_deanna
* [Tell him the decision, and the blame, are yours alone]
    "To tell you, Number One. This decision is mine, and so is every ounce of blame that comes with it. I won't have it shared out." # speaker: Picard
    Will straightens from the table. "Understood, Captain." The easy set of his shoulders has gone, and something more careful has taken its place. # speaker: Riker
    ~ loyalty(Riker, -10)
    ** (pressed) [Make it plain this is not a discussion]
        "It isn't a discussion, Commander." # speaker: Picard
        "No, sir. I can see that." He rolls up the departure plan, colour by colour, and waits to be dismissed. He is not going to say anything else unless it is an order. # speaker: Riker
        ~ loyalty(Riker, -10)
        -> gauntlet_hub
    ** [Take it back: you asked badly]
        "That came out wrong. I came to ask you, not to tell you." # speaker: Picard
        "It did come out wrong." He sets the stylus down, and some of the stiffness goes with it. "Ask, then." # speaker: Riker
        ~ loyalty(Riker, 5)
        -> riker_deanna
* [Tell him what you'll need from him, either way]
    "Neither. However this goes, I'll need someone to take this ship out of the Briar Patch with something aboard that the Council can't ignore." # speaker: Picard
    "You'll have it." He says it at once. He does not point out that you never asked what he thought. # speaker: Riker
    -> riker_deanna

= riker_deanna
He starts to roll up the plan and stops halfway. "Deanna." He says it to the table. "If it comes to splitting us up, some down there and some aboard, I'd like her where I can see her. I know how that sounds. I know that isn't how it works." # speaker: Riker
* (kept_together) [Promise to keep them together if you can]
    "If I can keep you together, I will." # speaker: Picard
    "That's all I'm asking." He nods at the plan, twice, as though it had agreed with him. # speaker: Riker
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
* {data_heard} [Ask him his own question from the shuttle: was he right?]
    "On the shuttle you asked me whether you had been right. I said I would like to know too. I still would. Were you?" # speaker: Picard
    Data turns from the wall. "I believe so. But I was not functioning normally, and a mind that is not functioning normally always believes it is right." He considers you. "I would like to be right again, sir. On purpose, this time, and with you." # speaker: Data
    ~ loyalty(Data, 15)
* [Ask whether a law can be kept to the letter and still betrayed]
    "Data. Can a law be obeyed word for word and still be betrayed?" # speaker: Picard
    He turns from the wall to answer. "Yes. If the law exists to protect something, and its wording can be satisfied while the thing it protects is destroyed." He looks back at the roofs. "I believe that is what the admiral is doing. I do not believe he knows it." # speaker: Data
    ~ loyalty(Data, 10)
* [Lay out the evidence and ask for his assessment]
    You give him what you hold. He listens without moving.
    "It is enough to put the question to the Council," he says, "and not enough to answer it for them. That is perhaps the correct amount." # speaker: Data
* [Spare him the weighing: the order will be yours]
    "You needn't carry this, Data. You've had a hard week. When I decide, the order will be mine, and you need only carry it out." # speaker: Picard
    "Yes, sir." He switches the projection off. All two hundred and twelve roofs vanish from the wall at once. "I will be ready." # speaker: Data
    ~ loyalty(Data, -10)
-
"May I ask something, sir?" He asks it before you have said that he may. "If you decide to carry out the order, will I be permitted to object?" # speaker: Data
* (may_object) [Tell him to object whenever he must]
    "Whenever you must, Data. Out loud, and to my face." # speaker: Picard
    "Thank you." He files it away somewhere you cannot see. "I hope it will not be necessary. I find I am glad it is allowed." # speaker: Data
    ~ loyalty(Data, 5)
* [Ask him to trust your judgement, when it comes]
    "I'd ask you to trust my judgement, when it comes." # speaker: Picard
    "I will try," Data says. He does not promise more than that, and he does not apologise for it. # speaker: Data
- -> gauntlet_hub

// ------------------------------------------------------------------ Worf
// Preferred appeal: honour. Wrong: caution (here with a tactical reason, so it is a judgement). The second beat comes over the comm.

= talk_worf
Worf is in the armoury, reassembling a phaser rifle that did not need taking apart. The rash has reached his ear. There is a cold compress on the bench beside him, and he is plainly refusing to use it.
{ worf_sang:
    He does not look up. "If this concerns singing, Captain, I would like it in writing." # speaker: Worf
- else:
    "Captain." He sets the rifle down. "The ship leaves at fifteen hundred. I have not been told whether I leave with it." # speaker: Worf
}
* [Speak of what is owed to those who cannot fight]
    "A village that laid down its weapons three centuries ago is about to be carried off in its sleep by people who never laid down anything. I see no honour in watching that from a rendezvous point." # speaker: Picard
    Worf fits the power cell into the rifle and does not seat it. "No," he says. "There is none." He seats it: two clicks. "You will not have to say that to me twice." # speaker: Worf
    ~ loyalty(Worf, 15)
* [Ask for his tactical read on the Son'a]
    He gives it crisply: the flagship, two ships of the line, a swarm of drones, and the collector, which is not a weapon and will do more harm than one.
    "They are arrogant and well armed. The first makes them careless. The second makes carelessness expensive." # speaker: Worf
* [Ask for restraint: Ru'afo wants a pretext]
    "Ru'afo would like nothing better than a Starfleet officer losing his temper on his sensors, Mister Worf. Don't give him one." # speaker: Picard
    The compress hits the bench. "I have kept my temper for four days while my own body insulted me. I know what the Son'a want, Captain. I did not expect to be warned of it like a cadet." He masters himself with a visible effort. "Understood." # speaker: Worf
    ~ loyalty(Worf, -10)
-
The wall panel chirps. "Riker to Worf. The Son'a liaison wants our security rota for the withdrawal: every post, every name. Is the captain with you?" # speaker: Riker
Worf looks at you, not at the panel. "If there is fighting," he says, "put my name where it is." # speaker: Worf
* (at_side) [Tell Will that Worf's post is at your side]
    "Put Mister Worf down at my side, Will. Wherever that turns out to be." # speaker: Picard
    "Noted," Will says, and the panel goes dark. # speaker: Riker
    Worf picks up the rifle. He does not thank you. He will hold you to it, and he wants you to see that he will.
* [Tell Will the rota can wait until you decide]
    "The rota waits until I've decided, Will. Mister Worf goes where he's most needed." # speaker: Picard
    "That is usually where the fighting is," Worf says, when the panel is dark. But he lets it stand, and picks up the compress, and this time he uses it. # speaker: Worf
- -> gauntlet_hub

// ------------------------------------------------------------------ La Forge
// Preferred appeal: naming what he would give up. Wrong: waving it away (here as a hope, so it tempts). No second beat.

= talk_laforge
~ temp had_request = loyalty_laforge < 50
Geordi is in his office off main engineering with the door shut, which in all your years aboard you have seen perhaps twice. Dougherty's letter is on his screen.
"They sent me one too," he says. "Admiral's seal and everything. Says I served with distinction. Says optic regeneration like it's a shoe size." # speaker: La Forge
{ had_request:
    He pushes a padd across the desk: a transfer request, filled in to the last field. "The collector project needs engineers who understand the particles. I'd like you to sign that, Captain." # speaker: La Forge
}
{ geordi_sunrise:
    "You were there," he adds. "You saw my face when it came up orange. So don't tell me you don't know what this is." # speaker: La Forge
}
* [Name it plainly: his own eyes, for good]
    "If the collector goes ahead, you keep your eyes for the rest of your life. Faces. Colours. Every sunrise. If I stop it, you lose that, and I'll be the one who took it. I won't pretend otherwise." # speaker: Picard
    Geordi's hands stop turning the stylus over. "Thank you. Everybody's been so careful not to say it out loud. Like it's a condition." He looks at the letter. "It's not a condition. It's orange." # speaker: La Forge
    { act3_struck_name:
        "For what it's worth, I took my own name off." # speaker: Picard
        "Yeah?" He almost smiles. "Your eyes work fine, Captain. Don't flatter yourself." # speaker: La Forge
    }
    ~ loyalty(LaForge, 15)
* [Tell him the list will still be there afterwards]
    "If this is stopped, Geordi, it won't be the end of it. There'll be another trial, somewhere, some day. Your name will be on that list too." # speaker: Picard
    "Sure." He switches the screen off. "Some day. I've been hearing about some day since I was five years old." # speaker: La Forge
    ~ loyalty(LaForge, -10)
* [Tell him the list is his decision, not yours]
    "What you do about that list is your decision, not mine." # speaker: Picard
    "Is it?" He rubs his face with both hands. "Feels like you're making it for both of us today, one way or the other." # speaker: La Forge
-
{ loyalty_laforge < 40 || (had_request && loyalty_laforge < 50):
    -> act3_geordi_request(true, had_request) ->
    -> gauntlet_hub
}
{ had_request:
    He takes the transfer request back and deletes it without ceremony. "Forget you saw that. Bad night." # speaker: La Forge
}
{ loyalty_laforge >= 75:
    On your way out he has already pulled up the core schematics, and the letter has gone behind them.
- else:
    When you leave, the letter is still on his screen. He has not closed it, and he has not answered it.
}
-> gauntlet_hub

// ------------------------------------------------- La Forge's transfer, written once
// Geordi asks to join the collector project when Picard has brought him as low as a run can: on
// Picard's desk (unbidden_laforge, or found at the_choice) at 45, in person (talk_laforge) at 35, or at
// 45 if he brought the request with him and the talk did not win him back. The request is shown before
// Picard signs it or refuses it.
// (The lowest he can be before Act III is 45, 25 under his 70: the schematics sent, then Data shot
// down or handed over. In the talk, the list held out as "some day" takes him to 35. No run brings
// him under 25 by the_choice, so his request cannot wait for estrangement in the bible's sense.)

=== act3_geordi_request(in_person, shown)
{
- in_person && shown:
    The request is still on the desk where he put it: the collector project needs engineers who understand the particles, and Lieutenant Commander La Forge asks to be one of them, effective today.
- in_person:
    He pulls a padd toward him and writes it while you watch, field by field, without looking up: the collector project needs engineers who understand the particles, and Lieutenant Commander La Forge asks to be one of them, effective today. He turns it round to face you.
- else:
    Geordi does not come to see you. His transfer request has been on your desk since ten, filled in to the last field: the collector project needs engineers who understand the particles, and Lieutenant Commander La Forge asks to be one of them, effective today.
}
{ in_person:
    "I'm going to stay with the project, Captain." He says it quietly, to the desk. "If it's happening anyway, I'd rather it was done by somebody who cares whether it blows up." # speaker: La Forge
}
* [Sign it]
    You sign it, because he is an officer and he has asked in proper form. {in_person:He thanks you like a stranger.|By eleven his office off main engineering is empty, and his deputy is sitting at his desk looking as if he would rather be anywhere else.}
    ~ geordi_stays = true
* (refused) [Refuse it: the ship needs her chief engineer today]
    You send it back unsigned, with one line: not today. {in_person:Geordi reads the line, and then reads it again, as if it might have changed.|Engineering acknowledges receipt. Nobody from engineering calls.} He will stay aboard because you have made him, and you have not made him want to.
    ~ loyalty(LaForge, -5)
- ->->

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
// Will left out is never under 60 (rebuked at the dance, Data shot down, the wreck left to the
// Son'a), so 60 is the lowest step: the Will who goes over your head instead of coming to you.
{
- loyalty_riker >= 65: -> unbidden_riker_1
- else: -> unbidden_riker_2
}

= unbidden_riker_1
The door chimes before you have sat down. Will comes in without waiting to be asked and lays two padds on your desk, side by side.
"Flight plans. This one takes us to the rendezvous. This one takes us out the far side of the Briar Patch, where the relays work, by a route the Son'a don't patrol because it's a terrible route." He leans on the desk. "I filed both. You weren't coming to me, so I came to you. Delete whichever one you don't want." # speaker: Riker
A second filed plan means a ship that can slip away without asking anyone's leave. The Son'a liaison, reading Will's paperwork, will see only the first.
~ raise_alert(-5)
* [Thank him, and keep both on file]
    "Keep them both, Number One. And thank you." # speaker: Picard
    "Don't thank me yet. You haven't seen the route." # speaker: Riker
    ~ loyalty(Riker, 5)
* [Tell him he should have asked you first]
    "Next time, Will, ask before you file." # speaker: Picard
    "Next time," he says, "come and ask me something." He leaves both padds where they are. # speaker: Riker
    ~ loyalty(Riker, -5)
- -> the_choice

= unbidden_riker_2
Will does not come. Instead a copy of a message crosses your desk: the first officer of the Enterprise has asked the admiral's office to confirm the authenticity and the scope of the recall order. It is the kind of query the regulations invite. He has never sent one before without telling you.
~ raise_alert(5)
* [Call him up and ask him why]
    "Will. Why ask the admiral and not me?" # speaker: Picard
    "Because you weren't asking me anything, sir," Will says, "and I thought somebody on this ship ought to be asking somebody something." He sounds tired rather than angry. Then, having said it, a little less tired. # speaker: Riker
    ~ loyalty(Riker, 5)
* [Let it go]
    You let it go. It is a fair question, fairly asked, and you have no answer to it that he does not already know.
- -> the_choice

= unbidden_data
{
- loyalty_data >= 60: -> unbidden_data_1
- else: -> unbidden_data_2
}

= unbidden_data_1
Data is waiting outside the ready room with a padd held flat in both hands, the way a child carries a bowl filled to the brim.
"I have assembled a message packet, Captain. Every item of evidence we hold, indexed, cross-referenced and encrypted in a cipher the Son'a have not encountered. If a message must go to the Council, it requires only your decision and a signature." He holds it out. "If it need not, I have practised a skill." # speaker: Data
* (took_packet) [Thank him, and take it]
    "Thank you, Data. That's an hour I didn't have." # speaker: Picard
    Data inclines his head. "I left the signature line blank. I did not think it was mine to fill." # speaker: Data
    ~ loyalty(Data, 5)
* [Ask him why he did not come to you with it]
    "Why not come to me first?" # speaker: Picard
    "You were speaking to others, sir. I judged that you would need it whether or not you needed me." He says it without the least reproach, and he does not lower the padd, and he does not hand it over either. "I will keep it until you send for it. Then you will have asked." # speaker: Data
- -> the_choice

= unbidden_data_2
The duty log shows that Lieutenant Commander Data has filed a formal request with the admiral's office: all sensor records from the observation post for the day he was shot, under his own name and rank.
"I did not wish to ask you for something you might have to refuse, sir," he says, when you call him. # speaker: Data
~ raise_alert(5)
* [Tell him he could have asked you]
    "You could have asked me, Data. You can always ask me." # speaker: Picard
    "I will remember that," Data says, and you do not doubt that he will, to the word. # speaker: Data
    ~ loyalty(Data, 5)
* [Tell him he was entitled to ask for himself]
    "You were entitled to ask for them yourself." # speaker: Picard
    "Yes," Data says. "That is why I did not ask you." # speaker: Data
- -> the_choice

= unbidden_troi
{
- loyalty_troi >= 60: -> unbidden_troi_1
- else: -> unbidden_troi_2
}

= unbidden_troi_1
The transporter log shows the counselor going down to the village at nine, on a pretext about closing the observers' files, and coming back at ten. She comes straight to the ready room from the pad.
"Nobody told them anything," she says, before you can ask. "I didn't either. I sat with Anij and shelled beans for an hour. They know something is coming. They don't know what." She hesitates. "Anij asked me to tell you she isn't surprised. And that you should come yourself, not send a message." # speaker: Troi
~ trust(5)
* [Thank her for going]
    "Thank you, Deanna. I should have thought of it." # speaker: Picard
    "You'd have thought of it tomorrow." She smiles slightly. "Tomorrow is a little late." # speaker: Troi
    ~ loyalty(Troi, 5)
* [Remind her that shore leave was cancelled]
    "Shore leave was cancelled this morning, Counselor." # speaker: Picard
    "I wasn't on leave," Deanna says evenly, brushing a shred of bean pod off her sleeve. "I was working." # speaker: Troi
    ~ loyalty(Troi, -5)
- -> the_choice

= unbidden_troi_2
A note has appeared in your private log, the one only the two of you can open. I can't tell what you're going to do, and that frightens me more than any of the choices. Come and find me when you know. D.
* [Go and find her now]
    You find her in the corridor outside her office, as if she had been waiting there.
    "I don't know yet. I didn't want you to learn that from anyone else." # speaker: Picard
    "That's better than knowing," Deanna says. She sounds as though she means it. # speaker: Troi
    ~ loyalty(Troi, 5)
* [Leave it until you know]
    You close the note. You will find her when there is something to tell.
- -> the_choice

= unbidden_crusher
// (She never files here: unvisited, she is never under 50. See act3_crusher_files.)
{
- loyalty_crusher >= 60: -> unbidden_crusher_2
- else: -> unbidden_crusher_3
}

= unbidden_crusher_2
The transporter chief calls up, puzzled: the chief medical officer has been standing on his pad for ten minutes with two field kits and no destination.
When you get there, Beverly nudges one bag with her foot. "Nobody told me anything, so I packed for every outcome. This one's for the planet. That one's for a bad night in sickbay." She folds her arms. "Tell me which to put down." # speaker: Crusher
* (both_packed) [Tell her to keep both packed]
    "Keep them both packed, Doctor." # speaker: Picard
    "I intended to." She picks up the planet bag anyway, and slings it over her shoulder as if she had already been told. # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Tell her she is ahead of you]
    "You're ahead of me, Beverly." # speaker: Picard
    "Somebody has to be," she says, and picks up both bags, one on each shoulder, and stays exactly where she is. # speaker: Crusher
- -> the_choice

= unbidden_crusher_3
Beverly does not come to you. She files a formal medical objection to the renewal trial with the Federation medical council instead, under her own name, copied to nobody aboard. You find it in the outgoing log, three paragraphs, every sentence a diagnosis.
* [Call her about it]
    "I read your objection." # speaker: Picard
    "Good. Somebody should." The channel hisses for a second or two. "I'd have sent it to you first, Jean-Luc, if you'd come down." # speaker: Crusher
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
~ raise_alert(5)
* [Thank him for his foresight]
    "That was well thought of, Mister Worf." # speaker: Picard
    "Yes," Worf says. Then, in case it was unclear: "Thank you." # speaker: Worf
    ~ loyalty(Worf, 5)
* [Tell him that is not a decision he makes alone]
    "Putting weapons in that village is not a decision you make alone." # speaker: Picard
    "It is closed," Worf says stiffly. "They are not weapons until someone opens it." # speaker: Worf
    ~ loyalty(Worf, -5)
- -> the_choice

= unbidden_worf_2
A personnel request reaches your desk: Lieutenant Commander Worf asks that his loan to the Enterprise end, and that he return to his station on the first transport out of the sector. It is by the book, and signed in full.
* [Ask him to stay until this is over]
    "Stay until this is done, Mister Worf. I'd count it a favour." # speaker: Picard
    On the channel, something metal is set down with care. "Until it is done," Worf agrees. "Then we will speak of it again." # speaker: Worf
    ~ loyalty(Worf, 5)
* (worf_signed) [Sign it, effective at the rendezvous]
    You sign it, effective when the Enterprise reaches the rendezvous. Until then he is yours to post, and he knows it, and so do you.
- -> the_choice

= unbidden_laforge
{
- loyalty_laforge < 50:
    -> act3_geordi_request(false, false) ->
    -> the_choice
- loyalty_laforge >= 60: -> unbidden_laforge_2
- else: -> unbidden_laforge_3
}

= unbidden_laforge_2
Engineering reports the warp core running at a pitch it has not held since the ship's trials. When you call down, Geordi sounds cheerful and entirely unrepentant.
"If we end up running through that soup, she'll need to be warm. If we don't, I've burned some deuterium. Seemed like a good trade." # speaker: La Forge
* [Tell him to keep her warm]
    "Keep her warm, Geordi." # speaker: Picard
    "Already on it, Captain." You can hear the core through the channel, pleased with itself. # speaker: La Forge
    ~ loyalty(LaForge, 5)
* [Tell him to let her cool until you decide]
    "Let her cool until I've decided." # speaker: Picard
    "Aye, sir." He lets the channel stay open long enough for you to hear him sigh at it. "She's going to be grumpy about it." # speaker: La Forge
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

// ------------------------------------------------- Beverly files the medical log, written once
// Crusher below 45, with the symptoms not yet reported: at ten she sends the crew's log to the joint mission.
// (40 is the lowest she can be at the_choice with the symptoms unreported, 30 under her 70: Data shot
// down, Dougherty's reading of the law accepted, and in the turbolift the promise that the crew won't
// pay. Unvisited she is never under 50, so she files only after that talk. No run brings her under
// 25 here, so the filing cannot wait for estrangement in the bible's sense.)

=== act3_crusher_files ===
At ten, Beverly filed the crew's medical log with the joint mission: every symptom, every scan, every name. She did not tell you first. You learn of it from Ru'afo's medical office, which writes to thank you for the Enterprise's cooperation and asks when it may begin taking samples.
~ symptoms_reported = true
~ raise_alert(10)
+ [Put the letter aside]
-
->->

// ================================================================ the_choice

=== the_choice ===
{ loyalty_crusher < 45 && not symptoms_reported:
    -> act3_crusher_files ->
}
{ not geordi_stays && not act3_geordi_request && (loyalty_laforge < 40 || (loyalty_laforge < 50 && not act3_visited(LaForge))):
    -> act3_geordi_request(false, false) ->
}
It is past eleven, and the order is where you left it{ready_room_alone.set_aside:, beside the list that is still face down}. In four hours the Enterprise must be under way.
{ recall_order.asked_to_come:
    Dougherty did not come down to walk through the village. His office has sent you the survey images instead, every one of them, with a courteous note.
}
{ confrontation == accepted_reading:
    A reply to the admiral is already half drafted in your own words from yesterday. It would take a minute to finish it and send it.
}
{ loyalty_riker < 60:
    -> riker_door ->
}
The order is on the desk. There are four answers you could give it.
* {confrontation == accepted_reading} [Carry out the order, as you told him you would]
    -> choice_obey
* [Resign your commission, and go down as a citizen]
    -> choice_resign
* [Defy it openly: send the ship out, and go down yourself]
    -> choice_mutiny
* [Acknowledge the order, and go down to warn them in secret]
    -> choice_covert
* {confrontation != accepted_reading} [Obey the order]
    -> choice_obey

// Will, driven low in the gauntlet, comes before the decision: the player sees what a hard order now risks.
= riker_door
{ loyalty_riker < 25:
    A note from the first officer is waiting on the desk, formal to the last comma. Commander Riker asks that any order departing from the recall be given to him in writing, with the regulation that permits it cited in full. He has attached, for reference, the regulation on relieving a commanding officer. # near: a-house-divided
    ->->
}
The door chimes. Will does not come in. He stands in the doorway with his hands at his sides{crew_gauntlet.talk_riker.pressed:, the departure plan rolled up under one arm exactly as he rolled it in the lounge}.
"Before you decide, sir. I'd like to hear it in here, from you, before I hear it on the bridge with everyone else." # speaker: Riker
* [Tell him now, with the door shut]
    "Come in, Will. Shut the door." # speaker: Picard
    You tell him what you are weighing, all four ways of it, and which way you lean. He listens standing up. "Thank you," he says at the end. "That's all I wanted. Not a vote. Just first." # speaker: Riker
    ~ loyalty(Riker, 10)
* [Tell him he will hear it with the rest of the ship]
    "You'll hear it with the rest of the ship, Commander." # speaker: Picard
    "Aye, sir." He looks at the pips on your collar rather than at your face, as though that were where the order had come from. # speaker: Riker
    ~ loyalty(Riker, -15)
-
{ loyalty_riker < 45:
    He stops with one hand on the frame. "And, sir. I spent part of this morning reading the regulations on relief of command. I'd rather not have to finish them. Give me an order I can follow." # speaker: Riker # near: a-house-divided
- else:
    He goes back to the bridge. Through the closing door you hear him ask the helm for the departure checklist, in his ordinary voice.
}
->->

= choice_obey
You open a channel to the flagship. Dougherty answers it himself, as if he had been sitting beside the console waiting. # near: relocation
~ set_command(obeying)
* {pd_stance != letter} [Tell him the Council's word is enough for you]
    "The Council wrote the Directive, Matthew, and the Council has signed this. I swore my oath to them, not to my own reading of them. I'll carry out the order." # speaker: Picard
    Dougherty looks down at something on his desk and squares it with the edge. "Thank you. You don't know what that means." # speaker: Dougherty
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
        Dougherty studies you on the screen a second or two longer than he needs to. "That'll do," he says. # speaker: Dougherty
    }
-
-> obey_briefing

= choice_resign
You take the pips from your collar one at a time and set them in a row on the desk. The fabric keeps four small dents where they were.
~ set_command(resigned)
~ shift_standing(-20)
~ raise_alert(20)
* [Tell Dougherty why, on an open channel]
    You tell him on the open channel, where the Son'a can hear it too.
    "I will not carry those people off in their sleep, Matthew. They have a right to decide their own course, and I would rather keep faith with that as a private citizen than break it as a captain." # speaker: Picard
    Dougherty does not interrupt. When you finish he takes his hand off the console and puts it back again. "I'll have to log this," he says. "All of it." He sounds less sure than he did at seven. # speaker: Dougherty
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
You go out onto the bridge. At the helm, the ensign's hands stop moving on the console.
~ set_command(mutinous)
~ shift_standing(-40)
~ raise_alert(30)
* [Tell the bridge why, before you tell the admiral]
    You tell them, standing by the helm where everyone can see you: what is in the lake, what is to be done to the village, and why you believe the Directive forbids it. The Enterprise will not withdraw to the rendezvous. She will run for the far side of the Briar Patch with the proof aboard, and you will be in the village when the Son'a come for it. Then you tell the flagship the same, on an open channel.
    ~ declare_stance(spirit)
* [Give the order, and keep your reasons to yourself]
    You open a channel to the flagship and tell Dougherty that the Enterprise will not withdraw: she will run for the Council, and you are going down to the village. You do not explain. The bridge crew hear it at the same moment he does, and they watch you, and nobody asks.
-
Dougherty's answer is short and formal and goes into the log. Ru'afo's ships, on the tactical display, begin to move.
Will gets up from his chair, slowly. "Captain. Is that an order, or are you asking us?" # speaker: Riker
* [Ask him, as your first officer and your friend]
    "I'm asking you, Will. As my first officer, and as my friend." # speaker: Picard
    He looks at the helm, then at you. {loyalty_riker >= 50:"Then I'm with you," he says.|"I heard you," he says. He does not say yes.} # speaker: Riker
    ~ loyalty(Riker, 5)
* [Make it an order]
    "It's an order, Commander." # speaker: Picard
    Something closes in Will's face, quietly, like a hatch. "Aye, sir." # speaker: Riker
    ~ loyalty(Riker, -10)
-
{ loyalty_riker < 35:
    -> riker_relieves
}
{ loyalty_riker < 50:
    Will sits back down. He gives the orders that follow, all of them, by the book, a half-second late. A crew can hear that half-second. So, you suspect, will the Son'a. # near: ashes-in-the-rings
}
-> crew_hears

= riker_relieves
Will does not sit down.
"Then I'm sorry, sir." He turns to the ops station, and his voice is perfectly steady. "Computer, log the time. Under regulations, I am relieving Captain Picard of command on the grounds that he has ordered this ship into mutiny against a lawful order." # speaker: Riker # near: a-house-divided
Nobody on the bridge moves. Then, one by one, they go back to their stations, because that is what a bridge does.
"You can go down to the planet if you want to," Will says to you, more quietly. "I won't stop you. But the Enterprise stays with the admiral." # speaker: Riker
~ set_command(relieved)
+ [Leave the bridge]
-
-> act3_relieved

= choice_covert
You open a channel to the flagship. "Acknowledged, Admiral. The Enterprise will withdraw at fifteen hundred. I'll stand by at the observation post." # speaker: Picard
~ set_command(covert)
{
- act3_platform():
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
    You seal the observation lounge and tell them everything: the order, the village, what you intend, and why you believe the Directive requires it. A secret held by a whole table is a great deal of secret. But nobody at it will have to guess.
    ~ declare_stance(spirit)
    ~ raise_alert(5)
    ~ loyalty(Troi, 5)
    ~ loyalty(Crusher, 5)
* [Tell each only what their post needs]
    You tell them one at a time, in corridors and doorways: each the part they need, and no more. It is tidier. Deanna, when her turn comes, listens to her share and then looks at you as though she can see the edges of the others.
    Beverly takes hers in the sickbay doorway and asks, quite politely, whether she is permitted to know the rest. You tell her no. She writes that down as well.
    ~ loyalty(Troi, -5)
    ~ loyalty(Crusher, -5)
-
-> crew_hears

// How the senior staff take the decision (resign, mutiny, covert). Picard chooses whose face to look to first;
// that officer, unless estranged, feels the regard (5). Then the rest, each by their loyalty.
= crew_hears
~ temp first = ()
{ command:
- resigned: They come to the ready room one by one, as word gets round, and find the pips on the desk.
- mutinous: They hear it on the bridge, or a minute later from someone who did, and by the time you reach the observation lounge they are there before you.
- covert: They take it as officers take a secret: without looking at each other.
}
Nobody speaks first. You have to look at somebody.
* {command != mutinous} [Look to Will first]
    ~ first = Riker
    -> react_riker(true) ->
* [Look to Worf first]
    ~ first = Worf
    -> react_worf(true) ->
* [Look to Deanna first]
    ~ first = Troi
    -> react_troi(true) ->
* [Look to Beverly first]
    ~ first = Crusher
    -> react_crusher(true) ->
-
{ first != Riker && command != mutinous:
    -> react_riker(false) ->
}
{ first != Worf:
    -> react_worf(false) ->
}
{ first != Troi:
    -> react_troi(false) ->
}
{ first != Crusher:
    -> react_crusher(false) ->
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
    - loyalty_laforge >= 75: Geordi rubs his palms down his knees and stands up. "Okay," he says. "Okay. Let's go keep a planet." # speaker: La Forge
    - loyalty_laforge >= 50: "Engineering's with you," Geordi says. He does not say what else is on his mind, and you do not make him. # speaker: La Forge
    - else: "Yes, sir," Geordi says, to the table. # speaker: La Forge
    }
}
+ [Turn to the departure plan]
-
-> assignments

= react_riker(first)
{ first && loyalty_riker >= 25:
    Will sees that you looked to him before anyone else, and takes his hands off the table.
}
{
- loyalty_riker >= 75: "Well," Will says. "I always wondered how she'd handle with nobody's permission." # speaker: Riker
- loyalty_riker >= 50: "{command == resigned:I'll take her wherever she has to go|I'll take her out}," Will says. "I'd like it noted that I thought about it first." # speaker: Riker
- loyalty_riker >= 25: Will takes his time. "I'll take the ship where the orders say," he says at last. "I'm still working out whose orders those are." # speaker: Riker
- else: "No, sir." Will does not raise his voice. "Not this. Not on your say-so." # speaker: Riker
}
{ first && loyalty_riker >= 25:
    ~ loyalty(Riker, 5)
}
->->

= react_worf(first)
{ first && loyalty_worf >= 25:
    Worf notes whose face you went to first. He stands a little straighter for it.
}
{
- loyalty_worf >= 75: Worf is on his feet, as though the decision were a summons. "I am ready." # speaker: Worf
- loyalty_worf >= 50: "It is the right course," Worf says. "{act3_visited(Worf):I said as much.|I would have said so, had I been asked.}" # speaker: Worf
- loyalty_worf >= 25: "I will obey lawful orders," Worf says carefully. "I am less certain today which ones those are." # speaker: Worf
- else: Worf looks at you as if you were a stranger wearing the captain's face, and does not answer at all.
}
{ first && loyalty_worf >= 25:
    ~ loyalty(Worf, 5)
}
->->

= react_troi(first)
{ first && loyalty_troi >= 25:
    Deanna meets your eyes when you look to her, and does not look away.
}
{
- loyalty_troi >= 75: Deanna says nothing. She does not need to; her relief reaches you across the room like a window opened on a close day.
- loyalty_troi >= 50: "I think you've chosen well," Deanna says. "I also think you're frightened. Both are allowed." # speaker: Troi
- loyalty_troi >= 25: Deanna watches you the way she watches a patient who has just said that he is fine.
- else: "You'll forgive me," Deanna says, "if I wait to see whether you mean it." # speaker: Troi
}
{ first && loyalty_troi >= 25:
    ~ loyalty(Troi, 5)
}
->->

= react_crusher(first)
{ first && loyalty_crusher >= 25:
    Beverly sees you come to her first, and her mouth does something it would rather not do in front of the senior staff.
}
{
- loyalty_crusher >= 75: "About time," Beverly says, and her voice catches on the second word. She glares at the ceiling as though it were to blame. # speaker: Crusher
- loyalty_crusher >= 50: "Then I'll need a field kit," Beverly says, already thinking it through, "and you'll need not to get shot." # speaker: Crusher
- loyalty_crusher >= 25: Beverly says nothing. She looks round the table, counting, the way she counts beds before a bad night.
- else: Beverly hears you out with her arms folded. "You're a little late to be brave, Jean-Luc." # speaker: Crusher
}
{ first && loyalty_crusher >= 25:
    ~ loyalty(Crusher, 5)
}
->->

// =============================================================== assignments
// Each officer to the planet or the ship. Below 25 they refuse both; at 25 Riker relieves
// Picard instead (the lowest he can be here: rebuked at the dance, Data fired on, pressed
// twice in the lounge and shut out at the door; "below 10" could never happen), and
// anyone else reports to Dougherty.

=== assignments ===
{ loyalty_riker < 30:
    -> riker_relieves_late
}
It is past noon. The departure plan is still spread on the observation lounge table{act3_unbidden.unbidden_riker_1:, with Will's terrible route drawn over it in red}.
You are going down to the village. What is left to decide is who goes with you and who sails.
{ command:
- covert: Every name missing from the Enterprise's departure manifest is a name the Son'a may count. One missing officer is a clerical error. Several are a pattern.
- resigned: You have no authority left to post anyone anywhere. You ask them instead, and they answer as though you had.
- mutinous: You are still her captain; she will run under your name while you stand in the village, through Son'a ships that have stopped pretending to be an escort.
}
-> assign_riker

= riker_relieves_late
Will is waiting for you at the lounge door, and he has the ship's security chief with him.
{ command == resigned:
    "I've logged it, sir." He does not quite meet your eye. "You resigned this morning, so there's no command to take. But you're still aboard, and I'm closing the ship to you: no shuttle, no channel, no transporter except the one trip down, which I'll sign for myself. The Enterprise stays with the flagship." # speaker: Riker # near: a-house-divided
- else:
    "I've logged it, sir." He does not quite meet your eye. "Under regulations I'm relieving you of command. I've told the admiral why. You can go down to the planet. The Enterprise stays with the flagship." # speaker: Riker # near: a-house-divided
}
~ shift_standing(-10)
~ set_command(relieved)
+ [Leave the lounge]
-
-> act3_relieved

= assign_riker
{ loyalty_riker < 25:
    Will does not come to the lounge. He has asked to be relieved of duty until the Enterprise reaches the rendezvous; he will stay aboard, because the regulations require it, and he will take her nowhere on your account.
    The centre seat goes to Lieutenant Perim, the senior helm officer: eleven years in the service, three of them aboard, and never more than a night watch in that chair.
    -> assign_worf
}
Will is at the window, turning a stylus end over end between two fingers, the way he does at the poker table when he has already decided to call.
* [{command == resigned:Ask Will to take the ship|Give Will the ship}]
    { command == resigned:
        "She's yours to take out, Will, if you'll take her." # speaker: Picard
    - else:
        "The Enterprise is yours, Will." # speaker: Picard
    }
    {
    - loyalty_riker >= 75: "I'll bring her back with a scratch or two," he says, "so you'll have something to shout about." # speaker: Riker
    - loyalty_riker >= 50: "Aye, sir. I'll look after her." # speaker: Riker
    - else: "Aye, sir." He takes it like a parcel he did not order. # speaker: Riker
    }
    ~ ship_team += Riker
* [Take Will down with you, and give the ship to Perim]
    "I want you on the ground with me, Will. Lieutenant Perim will take the ship." # speaker: Picard
    { loyalty_riker >= 60:
        He is already reaching for the field pack under the table. "I was hoping you'd say that. Don't tell Perim." # speaker: Riker
    - else:
        "If that's where you want me." He does not sound sure it is where he wants to be. # speaker: Riker
    }
    Perim comes up from the helm when she is sent for: eleven years in the service, three of them aboard, and never more than a night watch in the centre seat. "Understood, sir," she says, and then again, more quietly, to herself. # speaker: Perim
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
        "Good," Worf says, and nothing else. He has already moved to the door. # speaker: Worf
    }
    ~ planet_team += Worf
    ~ act3_covert_headcount()
* [Send Worf with the ship]
    { crew_gauntlet.talk_worf.at_side:
        "You said at your side." Worf does not argue further. He only makes sure you have heard him say it, and then he unslings the rifle and carries it in his hand, like a man who has been told he will not need it. # speaker: Worf
        ~ loyalty(Worf, -10)
    - else:
        "The ship will want a tactical officer who can shoot," Worf concedes. "The Son'a will give me practice." # speaker: Worf
    }
    ~ ship_team += Worf
- -> assign_troi

= assign_troi
{
- loyalty_troi < 10:
    Deanna does not come. She has gone to the admiral's office by the noon shuttle, you learn, to tell him what she believes he needs to know about the state of the Enterprise's captain.
    ~ raise_alert(15)
    -> assign_crusher
- loyalty_troi < 25:
    "I'll stay in my office," Deanna says. "I won't be part of it. Either part." # speaker: Troi
    -> assign_crusher
}
{ crew_gauntlet.troi_appeal.promised_to_ask:
    Deanna has taken the chair furthest from Will's, and is waiting to be asked.
- else:
    Deanna is by the viewport, where she can see both the planet and Will.
}
* {crew_gauntlet.troi_appeal.promised_to_ask} [Ask Deanna where she wants to go]
    -> troi_chooses
* {crew_gauntlet.troi_appeal.promised_to_ask} [Post her to the village, promise or no]
    "I want you in the village, Deanna." # speaker: Picard
    "You said you'd ask." She says it quietly, so that only you and Will hear, and she does not say anything else to you before she goes to pack. # speaker: Troi
    ~ loyalty(Troi, -10)
    ~ planet_team += Troi
    ~ act3_covert_headcount()
    -> troi_posted
* {crew_gauntlet.troi_appeal.promised_to_ask} [Post her to the ship, promise or no]
    "I want you aboard, Deanna." # speaker: Picard
    "You said you'd ask." She looks at Will, who has the grace to look at the table, and then at you, for longer. "The ship, then." # speaker: Troi
    ~ loyalty(Troi, -10)
    ~ ship_team += Troi
    -> troi_posted
* {not crew_gauntlet.troi_appeal.promised_to_ask} [Send Deanna down to the village]
    "Deanna, I want you in the village. They'll need someone who can hear what they're not saying." # speaker: Picard
    "They will," she agrees, and glances once at Will before she goes to pack. # speaker: Troi
    ~ planet_team += Troi
    ~ act3_covert_headcount()
    -> troi_posted
* {not crew_gauntlet.troi_appeal.promised_to_ask} [Keep Deanna aboard with the ship]
    "I want you aboard, Deanna. A crew running from the Son'a will need a counselor more than the village will." # speaker: Picard
    "Perhaps," she says. "I'd have liked to be asked." # speaker: Troi
    ~ ship_team += Troi
    -> troi_posted

// Troi chooses for herself: the village if Will goes down, or if she trusts this course and Will has not bargained to keep her near.
= troi_chooses
~ temp down = false
"Where do you want to be, Deanna?" # speaker: Picard
Across the room, Will has noticed that you asked her, and not him.
{ crew_gauntlet.riker_deanna.kept_together:
    "He asked you to keep us together." She does not look at Will. "He told me, afterwards. That's to his credit." # speaker: Troi
}
{
- on_planet(Riker):
    ~ down = true
- aboard(Riker) && crew_gauntlet.riker_deanna.kept_together && loyalty_troi < 75:
    ~ down = false
- else:
    ~ down = loyalty_troi >= 50
}
{ down:
    "The village," she says. "That's where the frightened people will be tonight. Thank you for asking me." # speaker: Troi
    ~ planet_team += Troi
    ~ act3_covert_headcount()
- else:
    "The ship," she says. "Someone on that bridge should know what Will looks like when he's pretending to be calm. Thank you for asking me." # speaker: Troi
    ~ ship_team += Troi
}
~ loyalty(Troi, 5)
{ (on_planet(Troi) && aboard(Riker)) || (aboard(Troi) && on_planet(Riker)):
    Will hears it. It was her choice, and he does not look at you as though it were yours.
}
-> assign_crusher

= troi_posted
{ crew_gauntlet.riker_deanna.kept_together && ((on_planet(Troi) && aboard(Riker)) || (aboard(Troi) && on_planet(Riker))):
    Will hears it and says nothing. You promised him this morning, and he is not going to remind you.
    ~ loyalty(Riker, -5)
}
-> assign_crusher

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
{
- act3_unbidden.unbidden_crusher_2.both_packed:
    Beverly has the planet bag on her shoulder already.
- act3_unbidden.unbidden_crusher_2:
    Beverly has brought both bags, one on each shoulder, and puts neither of them down.
}
* [Take Beverly down to the village]
    "I'll want you in the village, Beverly." # speaker: Picard
    "I'll set up wherever they stop walking," she says. "Try to bring me fewer patients than you usually do." # speaker: Crusher
    ~ planet_team += Crusher
    ~ act3_covert_headcount()
* [Keep Beverly aboard, for the ship's wounded]
    "I need you aboard. If the Son'a catch the ship, sickbay will be the busiest place on her." # speaker: Picard
    {
    - act3_unbidden.unbidden_crusher_2.both_packed:
        Beverly lets the planet bag slide off her shoulder onto the deck, and leaves it there for someone else to put away. "Fine," she says. # speaker: Crusher
        ~ loyalty(Crusher, -5)
    - loyalty_crusher >= 50:
        "Someone has to mend what the Son'a break up here," she says. She does not pretend to like it. # speaker: Crusher
    - else:
        "Fine." She says it the way she says it about a diagnosis she would have made differently. # speaker: Crusher
    }
    ~ ship_team += Crusher
- -> assign_data

= assign_data
{
- data_state == destroyed:
    Data's place at the table is empty. You find that you have looked at it anyway.
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
    He comes across twenty minutes later with one hand attached the wrong way round.
    { promised_data_back:
        "You said that you would bring me back, Captain. I had begun to model the possibility that you would not." He tries the hand, which does not close. "I am glad the model was wrong." # speaker: Data
        ~ loyalty(Data, 10)
    - else:
        "Captain. I was not expecting to be sent for." He looks at the room, and at you. "Thank you." # speaker: Data
        ~ loyalty(Data, 5)
    }
    -> assign_data_post
* [Leave him where he is]
    You leave him where he is. {promised_data_back:You told him you would bring him back. Nobody in the lounge mentions it, and nobody needs to.|Nobody in the lounge mentions him.}
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
    { assign_data_impounded:
        Data looks at the hand that still does not close. "Artim will want to know why it does that. I will enjoy telling him." # speaker: Data
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
    "I'll stay in engineering," Geordi says. "{act3_geordi_request.refused:You made sure of that. |}She'll need looking after wherever she goes. Don't ask me where that is." # speaker: La Forge
    -> assign_done
}
* [Keep Geordi in engineering, where the ship needs him]
    "Engineering, Geordi. If she has to run, she'll run for you." # speaker: Picard
    "She always does." He is already working it out: his fingers are running a plasma curve along the edge of the table. # speaker: La Forge
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
{ estranged_count() >= 2:
    Around the table, the chairs of the officers who would not be posted have been pushed in square to its edge, as neatly as if nobody had sat in them for years. # near: a-house-divided
}
-> message_packet

// ============================================================= act3_relieved
// Riker has the ship. Picard goes down with any officer at 75+ who chooses to follow; those who
// will not come, or cannot, leave something on the pad instead. Picard's command codes stay aboard.

=== act3_relieved ===
{ the_choice.riker_relieves:
    Every face on the bridge is turned carefully toward a console as you go. # near: a-house-divided
- else:
    Will does not watch you go; he is already giving orders. # near: a-house-divided
}
The Enterprise will hold station beside the flagship, where the admiral can see her. Whoever goes down with you goes without her.
{ loyalty_worf >= 75:
    -> follow_worf
}
The security chief walks you down to transporter room three, a pace behind, as the regulations require. At the door she asks for your command codes, apologetically, because they require that too. You say them aloud, and the computer retires them one by one in its ordinary voice, the way it would close a file.
+ [Go in]
-
-> follow_gifts

= follow_worf
Your escort to the transporter room is not the security chief. It is Worf, who has taken the duty from her without explaining how, and who walks a pace behind you as the regulations require and says nothing until the doors close.
"Commander Riker ordered me to see you off the ship, and to witness the surrender of your command codes." He listens to you say them, and to the computer retire them, without moving. "He did not say from which side of the pad." # speaker: Worf
* [Take him with you]
    "Then see me off from the far side, Mister Worf." # speaker: Picard
    He steps onto the pad as though it were a parade ground, and looks straight ahead.
    ~ planet_team += Worf
* [Send him back to his post]
    "The ship may need you, Worf. Will may." # speaker: Picard
    Worf steps back from the pad, exactly one pace, as if measuring it. "Then I will be where he can find me," he says. # speaker: Worf
- -> follow_gifts

= follow_gifts
Things have been left on the pad that nobody has signed for.
{ not geordi_stays && loyalty_laforge >= 50:
    A tricorder, with a strip of tape on the casing in Geordi's square capitals: RECALIBRATED FOR THE ROCK UP THERE. NOBODY SIGNED THIS OUT. G.
- else:
    A tricorder that nobody has signed out to you, and nobody will admit to leaving.
}
{ loyalty_crusher >= 50 && loyalty_crusher < 75:
    A field medkit, with a note under the lid: Fewer patients than usual, please. B.
}
{ loyalty_troi >= 50:
    A walking coat folded square, too long in the sleeve for you; one of Will's. Pinned inside the collar, in Deanna's hand: He doesn't know. He'd have said yes.
- else:
    No coat. The transporter chief looks at your uniform, then at the weather report from the village, and takes her own jacket off the hook behind the console.
}
{ act3_data_aboard() && loyalty_data >= 50 && loyalty_data < 75:
    The coordinates are already laid in: a hollow behind the mill where the Son'a sensors see badly. The console log says Data set them an hour ago.
}
+ [Put on the coat]
-
-> follow_troi

= follow_troi
{ loyalty_troi < 75:
    -> follow_crusher
}
There is a second note in the coat's pocket. I'll come if you send for me. I would rather be asked than follow. D.
* [Send for her]
    You ask the transporter chief to call the counselor's office. Deanna comes down the corridor at a walk, not a run, in a coat of her own. "Will knows now," she says. "He didn't try to stop me." # speaker: Troi
    ~ planet_team += Troi
* [Leave her with Will]
    You fold the note back into the pocket. When the transporter log shows one traveller and not two, she will know what it means, and she will know it was not an accident.
- -> follow_crusher

= follow_crusher
{ loyalty_crusher < 75:
    -> follow_data
}
Sickbay calls the transporter room, in the voice of a nurse who has been told exactly what to say. Doctor Crusher beamed down to the village forty minutes ago to close the observers' clinic, with a field kit on each shoulder, and has not come back.
* [Leave her where she is]
    "Thank sickbay, Chief, and tell them I'll see the doctor's clinic closed myself." # speaker: Picard
    ~ planet_team += Crusher
* [Have the ship recall her]
    You ask the chief to recall her. The pad lights, and Beverly arrives with a field kit on each shoulder and her jaw set. She puts one of the kits into your arms. "Then take this. I packed it for you." # speaker: Crusher
- -> follow_data

= follow_data
{ not act3_data_aboard() || loyalty_data < 75:
    -> follow_laforge
}
The transporter chief is not alone at the console. Data is beside her, and has laid in two sets of coordinates. "One is yours, sir," he says. "The other is mine, if you will have me. I have energised neither." # speaker: Data
* [Take him with you]
    "Then energise both, Data. Artim will be glad." # speaker: Picard
    ~ planet_team += Data
* [Tell him to stay at ops]
    "Stay at ops, Data. Someone on that bridge should see clearly." # speaker: Picard
    "I will try to see clearly enough for both of us," Data says, and deletes the second set of coordinates, one digit at a time. # speaker: Data
- -> follow_laforge

= follow_laforge
{ geordi_stays || loyalty_laforge < 75:
    -> follow_done
}
The room's speaker clicks. "Transporter room three, engineering. Captain, she's not going anywhere. A ship sitting still doesn't need an engineer. You might. I can be there in ninety seconds." # speaker: La Forge
* [Tell him to come]
    "Ninety seconds, Geordi. Not one more." # speaker: Picard
    He does it in seventy, still wiping his hands.
    ~ planet_team += LaForge
* [Tell him to stay with his engines]
    "Stay with her, Geordi. She may not sit still forever." # speaker: Picard
    "Yeah." The speaker is quiet a moment. "Okay. I'll keep the coffee hot and the core ticking over, in case somebody up here changes his mind." # speaker: La Forge
- -> follow_done

= follow_done
{ LIST_COUNT(planet_team):
- 0: You step onto the pad alone. The transporter chief takes longer than usual over the coordinates, and you let her.
- else: You step onto the pad with {act3_names(planet_team)}. The transporter chief does not ask whose authority she is working under, and nobody tells her.
}
-> warning_the_baku

// ============================================================= message_packet

=== message_packet ===
{
- act3_unbidden.unbidden_data_1.took_packet:
    Data's packet is on your desk, indexed and sealed. It needs a decision and a name.
- act3_unbidden.unbidden_data_1:
    You send for Data's packet. He brings it up himself, as he said he would, and stays by the door while you read the index. He does not mention that you have asked.
- else:
    ~ pass_time(1)
    You build the packet yourself, item by item, in the ready room with the door locked. It takes most of an hour, and every item has to be checked twice, because there will be no chance to send a second.
}
+ [Read it through]
-
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
{ crew_gauntlet.talk_crusher.council_question:
    On the last page, in Beverly's shorthand, a question that is not evidence of anything: whether the patients could come to the rings, instead of the rings being carried to the patients.
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
    You leave the line blank. Let them weigh the proof and not the man.
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
{
- command == resigned && aboard(Riker):
    "Anything you want me to do?" He does not say sir, and then, a second late, he does. "Sir." # speaker: Riker
- command == resigned:
    "Is there anything you'd like done, sir?" Perim has not worked out what to call you, and has settled on what she always called you. # speaker: Perim
- else:
    "Any last orders, sir?" # speaker: {aboard(Riker):Riker|Perim}
}
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
* [Keep the ship and her crew safe first]
    "The crew first. If it comes to the message or the ship, keep the ship. Don't come back into this for my sake." # speaker: Picard # near: the-last-stand
    ~ riker_order = spare_the_ship
    { aboard(Riker):
        Will does not like it. He says so with his face, and then says nothing at all, and you let him have the silence. # speaker: Riker
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
    When you turn back, Will is adjusting a collar that did not need adjusting, and Deanna is composed in the particular way she keeps for the worst days.
    ~ loyalty(Riker, 5)
    ~ loyalty(Troi, 5)
* [Keep the line moving]
    "Places, please." It comes out more briskly than you meant. They take their places without a word. # speaker: Picard
- -> riker_energise

= riker_energise
{ command:
- covert: On the departure manifest the Enterprise is withdrawing, exactly as ordered{covert_discovered:, and nobody on the flagship believes the manifest any longer}. You go down first, so that the ship can leave on time.
- mutinous: The Son'a ships are already closing on the Enterprise's flanks. You go down first, so that she can run.
- else: You go down first, so that she can go.
}
+ [Give the word]
    "Energise." # speaker: Picard
-
-> warning_the_baku

// ========================================================== warning_the_baku
// The Ba'ku council, by firelight (bible III E).

=== warning_the_baku ===
~ pass_time(1)
{ command:
- covert:
    { covert_discovered:
        You come up the path behind the mill in uniform. The admiral's board no longer believes you are at the observation post, and you have stopped pretending to it.
    - else:
        You come up the path behind the mill in uniform. On the admiral's board you are a quarter of a mile away at the observation post, standing by.
    }
- resigned: You come up from the meadow with a bare collar. A woman mending a fence looks at it, and at you, and goes on mending.
- mutinous: You come up from the meadow still a captain, with your ship running for the edge of the Briar Patch.
- relieved: You come up from the meadow in a borrowed coat, with no ship behind you at all.
}
+ [Go in to the council]
-
Sojef has called the council into the long house by the mill, where a fire is kept in every weather. A dozen elders sit on the benches in the hearth light; Anij is near the fire with her sleeves pushed up. Artim, who has certainly not been invited, is under a bench with his chin on his knees.
{ LIST_COUNT(planet_team) > 0:
    {act3_names(planet_team)} {LIST_COUNT(planet_team) == 1:stands|stand} by the door, where Sojef has asked your people to wait.
}
{ act3_platform():
    Sojef glances up at the smoke-hole in the roof. "There is a new star over the village since this morning," he says. "It does not move with the others, and it hums when the wind drops." # speaker: Sojef
}
{ act3_unbidden.unbidden_worf_1:
    "A box came to our well this morning," Sojef says. "Closed. Nobody has opened it. Several people have walked round it more than once." # speaker: Sojef
}
{ act3_unbidden.unbidden_troi_1:
    "Your counselor sat with me for an hour and told me nothing at all," Anij says. "I understood most of it." # speaker: Anij
}
{
- return_to_the_village.sojef_storehouse.promised:
    "You promised me the curtain would not go up again," Sojef says. "I think you have come to tell me about something worse than a curtain." # speaker: Sojef
- baku_trust >= 50:
    "Sit, Captain," Sojef says. {command == resigned:Then, seeing your collar: "Or whatever I should call you now."|} "You have a face like weather. Tell us." # speaker: Sojef
- baku_trust >= 30:
    "Sit," Sojef says. "We will listen. That is not the same as agreeing, but it is where agreeing starts." # speaker: Sojef
- else:
    Sojef does not offer you a seat. "Your people have watched us, lied to us and apologised to us," he says. "Which is this?" # speaker: Sojef
}
* [Tell them everything, and urge the hills]
    -> warn_everything
* [Tell them only that they must go to the hills tonight]
    -> warn_hills
* [Offer them phasers to defend the village]
    -> warn_phasers
* [Tell them everything, and let them decide]
    -> warn_ask

= warn_everything
~ baku_warning = warned_everything
You tell them all of it. The ship in their lake. The copy of their village inside it, down to the tree on its stone props. The plan to carry them off asleep and let them wake on another world, and the collector that will leave this one grey.
Nobody interrupts. When you describe the replica square, an old man near the fire puts his hand over his mouth.
"Thank you," Sojef says, when it is finished. "That cannot have been pleasant to say to our faces." He looks round the benches. "What do you advise?" # speaker: Sojef
+ [Tell him what you advise]
-
"The hills. Tonight. The caves, if you know of any that the transporters cannot reach." # speaker: Picard
The council talks among itself in low voices. Then somebody banks the fire for the night, and somebody else sends a boy running for the lamps.
~ trust(20)
-> warn_after

= warn_hills
~ baku_warning = warned_hills
"You must leave the village tonight and go up into the hills. I can't tell you why. I'm asking you to trust me." # speaker: Picard
Sojef hears everything you are not saying; he has had three centuries of practice. "You are deciding for us," he says mildly, "what we are strong enough to know." # speaker: Sojef
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
Somebody sets a cup down on the bench, carefully, so that it makes no sound. Sojef stands.
"We set those down three hundred years ago, Captain. We did not set them down because we had forgotten how they work." He does not raise his voice. "No." # speaker: Sojef
{ on_planet(Worf):
    By the door, Worf shifts his weight, and the rifle strap creaks. When you glance at him he gives you the smallest nod you have ever had from him.
    ~ loyalty(Worf, 5)
}
+ [Let the offer lie]
-
The council will go to the hills, they tell you, because the alternative is worse. They will go without your phasers, and they will watch you carefully on the way.
~ breach_prime_directive()
~ trust(-20)
-> warn_after

= warn_ask
~ baku_warning = warned_asked
You tell them everything you know and, carefully, what you do not: the ship in the lake, the replica, the collector, the Son'a schedule, how little time there is. Then you stop.
"It is your home and your decision. I'll tell you what I would do, if you ask me. I won't make the choice for you." # speaker: Picard # near: paradise-preserved
Sojef turns the words over, visibly, as if checking them for a false bottom. Then he turns to the benches.
+ [Sit down on the hearth, and let them talk]
-
It takes half an hour. They talk over one another and under one another, and an old woman speaks for a long while about the storm of a hundred and forty years ago, and somebody asks Anij what she thinks, and she says she thinks the beans need picking before the frost either way.
In the end Sojef turns back to you. "We will go up to the hills tonight. Because we have chosen to, and not because you told us to. Will you walk with us?" # speaker: Sojef
~ trust(15)
~ reaffirm_prime_directive()
-> warn_after

= warn_after
The fire has burned down. Outside, the light is going amber and long.
{ sona_alert >= 40:
    Twice while the council breaks up, a Son'a skimmer crosses the smoke-hole, lower than any patrol needs to fly.
}
* [Sit beside Anij while the council breaks up]
    You sit down beside Anij on the warm stone of the hearth. She moves over exactly enough.
    "You told them well," she says. "{baku_warning == warned_asked:You asked. That is rarer than telling well.|You'll do better next time.}" She is looking at the fire, not at you. "There is always a next time, here." # speaker: Anij
    ~ bond(1)
* [Answer Artim, who has come out from under the bench]
    Artim has crawled out and is standing in front of you with a question that has clearly been waiting all afternoon. "Can I carry something? When we go?" # speaker: Artim
    "You can carry the lamp at the front, if your father agrees." # speaker: Picard
    Sojef agrees. Artim goes off at a run to tell everyone, and half the council watches him go and then looks back at you, differently.
    ~ trust(5)
-
{ baku_trust < 40:
    Not every face in the firelight believes you. Some of these people spent the summer finding your survey's instruments in their hedges. # near: the-empty-village
}
{ act3_unbidden.unbidden_worf_1 && baku_warning == warned_phasers:
    Outside, someone has weighted the lid of the box at the well with a stone.
}
The elders go out into the lane to tell their households. Dusk is an hour away.
+ [Go out with them]
-
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
* (explained) [Explain your reasons, plainly]
    You tell them why: the Council's authority, which you swore to, and the ward list, with its ward of children. You do not pretend it is easy. You do not pretend to be sure.
    They hear you out. Nobody agrees aloud, and nobody argues.
* [Ask for their objections, then overrule them]
    "Objections. All of them. Now, while they can be heard." # speaker: Picard
    They come: Will's about the Son'a, Worf's about the drones, Deanna's about the waking. You answer each and overrule each. It takes forty minutes, and at the end they have at least been heard, and they know it.
    ~ loyalty(Troi, 5)
    ~ loyalty(Data, 5)
-
Beverly has not picked up her padd. Everyone else at the table has. She sits with her hands folded and looks at the screen, from the first figure to the last.
{
- act3_data_aboard():
    Data waits until everyone else has finished. "Captain. I would like to reserve an objection until I have seen this carried out." {crew_gauntlet.talk_data.may_object:"You told me I might object whenever I must. I am informing you that I may need to."|"I do not yet know what it will be. I know that it is there."} # speaker: Data # near: the-eleventh-hour
- data_state == impounded:
    Data's chair is empty. He is on a bench aboard the flagship, and will be there until it is over. Nobody asks how many of the people in the figures are children. Data would have had the number ready, and asked anyway.
- else:
    There is no one at the ops end of the table. The figures go by, and nobody asks how long the Ba'ku will sleep, or who will be standing there when they wake.
}
{ not geordi_stays:
    -> obey_geordi
}
-> obey_beverly

= obey_geordi
The plan carries a rider at the bottom: the collector project requests the Enterprise's chief engineer for the duration of the harvest. Geordi has read it. He is looking at his hands.
* [Let Geordi go to the collector project]
    "It's a reasonable request. Report to the project after the meeting, Geordi." # speaker: Picard
    "Aye, sir." He nods slowly. "Somebody from this ship ought to be standing next to that thing when it switches on. Might as well be me." He does not look at you again. # speaker: La Forge
    ~ geordi_stays = true
* [Keep Geordi aboard; the ship needs her engineer]
    "Tell the admiral the Enterprise needs her chief engineer." # speaker: Picard
    Dougherty's office does not argue, but it notes the refusal, and so does he. Geordi puts both hands flat on the table, the way he steadies a console in a bad swell.
    ~ shift_standing(-5)
    ~ loyalty(LaForge, 5)
- -> obey_beverly

= obey_beverly
~ temp post = ()
{ loyalty_troi >= 25:
    ~ post += Troi
}
{ act3_data_aboard():
    ~ post += Data
}
The meeting breaks up. {LIST_COUNT(post) > 0:{act3_names(post)} will stay with you at the observation post|You will run the observation post without your senior staff}; {geordi_stays:Geordi reports to the collector project, and }the rest sail with Will at fifteen hundred. Beverly is first out of the door.
* [Go after her]
    You catch her at the turbolift. "Beverly. Say it." # speaker: Picard
    "I don't have anything to say that you don't already know." She looks at you steadily. "{obey_briefing.explained:You explained it very well in there. That's what frightens me. }Are you sure?" # speaker: Crusher
    "No." # speaker: Picard
    Something in her face eases, though nothing in it agrees. "Then at least you're not lying to me. Write that down somewhere." # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Let her go]
    You let her go.
-
At fifteen hundred the Enterprise breaks orbit on schedule, with Will in the centre seat, and two Son'a ships take station on her quarters, matching her speed to the decimal. You watch her go from the observation post at the edge of the village, where the transfer will be run from. # near: relocation
+ [Turn back to the consoles]
-
-> act4
