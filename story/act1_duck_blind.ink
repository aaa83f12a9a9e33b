// act1_duck_blind.ink: Act I, The Duck Blind. The Evora reception, Dougherty's call, the
// briefing, the pursuit of Data (three partners, and the Son'a gunships), the Son'a flagship,
// the Ba'ku village, the observers' return, and Data's first words. Leaves by -> act2.

// ============================================================ the reception

=== evora_reception ===
# chapter: 1 The Duck Blind
# checkpoint: chapter-1
The Evora have been a starfaring people for nineteen days, and tonight the Enterprise is welcoming them. Ten Forward is hung with their banners, strips of beaten copper that chime whenever anyone brushes past. At the Evora half of your address the ambassador folded her ears flat against her skull; you have decided to take it as delight.
It is the fourth reception in five weeks; since the war, this is what the Federation has instead of rest. Data is missing it, on loan to a cultural survey in the Briar Patch. He would have known the Evora word for enough.
{runs_completed > 0: For a breath the chiming copper sounds like water running over stone somewhere far away, and then it is only a party again.}
* [Rescue Riker from the Evora dance] -> riker_dances
* [Let Crusher steer you to the window] -> beverly
* [Ask Geordi about the gift he built them] -> geordis_gift
* [Join Troi in the one quiet corner] -> deanna

= riker_dances
Riker is third in a line of Evora dancers, bowing on every fourth beat and counting the beats with his lips; someone has told him that stopping would be an insult. He catches your eye mid-bow.
"Captain! They tell me the second figure belongs to the host." He bows again. "I told them you'd be honoured." # speaker: Riker
* (danced) [Take the second figure, badly]
    The figure has a half-turn you get wrong twice and a bow you get very nearly right, and when the music ends the Evora hum their approval through their noses, a sound like a cello being tuned.
    "Sir, that was the bravest thing I've seen you do all year," Riker murmurs. "And I watched you eat gagh." # speaker: Riker
    ~ loyalty(Riker, 5)
* (rebuked) [Remind him quietly this is a diplomatic function]
    "Commander. This is a diplomatic function, not shore leave." # speaker: Picard
    The grin stays; the eyes above it go flat. "Understood, sir." He finishes the figure alone, without a misstep and without another word to you. # speaker: Riker
    ~ loyalty(Riker, -5)
- -> call_comes

= beverly
Crusher takes your elbow with a physician's authority and turns you toward the viewport, where the stars make a kinder audience than the room.
"You're doing the thing with your jaw," she says. "Third hour, and you've started counting the rivets in the ceiling. When this is over, you take leave. Real leave. No padds, no dig sites." # speaker: Crusher
* (promised) [Promise her a real leave]
    "A week," you say. "Somewhere without a single reception." # speaker: Picard
    "I'm writing that down." She does, on the back of an Evora place card, and tucks it into your sleeve like a prescription. # speaker: Crusher
    ~ loyalty(Crusher, 5)
* (deflected) [Tell her the Evora need you more]
    "They've been flying for nineteen days, Beverly. They need to see that someone is glad of them." # speaker: Picard
    "They need to see someone who isn't asleep on his feet." She lets it go, and makes a note on her padd, angled so that you cannot read it. # speaker: Crusher
- -> call_comes

= geordis_gift
Geordi is crouched by a plinth, adjusting a ring of fine wire hung inside a sphere of glass.
"Their first warp coil had a resonance you could practically hear, sir, with eyes like mine. So I built them a bell that rings at the same frequency. Strike it, and it'll sound like the day they left home." # speaker: La Forge
* (rang) [Strike the bell and listen]
    You touch the glass with a fingernail. The note is thin and bright and goes on far longer than it should, and three Evora turn toward it at once.
    Geordi has both hands in his pockets and is rocking on his heels. "Yeah," he says softly. "That's the one." # speaker: La Forge
    ~ loyalty(LaForge, 5)
* (presented) [Ask whether the ambassador has seen it]
    "Not yet. I was waiting for the right moment." # speaker: La Forge
    "This is the right moment, Mr. La Forge. She leaves at oh-six-hundred." # speaker: Picard
    He tugs his dress tunic flat and goes. You watch him explain it to her with both hands, and her ears rise slowly, the way a sail takes the wind.
- -> call_comes

= deanna
Troi has found the only corner of Ten Forward without a banner in it. She makes room for you at the rail and does not start a conversation.
"The ambassador is terrified," she says after a while. "She thinks that if she gets one courtesy wrong, her people will be judged by it for a hundred years." She glances at you. "You're tired. It isn't the same thing, but it lives nearby." # speaker: Troi
* (admitted) [Admit that you are tired]
    "I am," you say. "Tired of speeches. I used to like them." # speaker: Picard
    "You still like them. You're tired of giving the same one." She smiles. "Go and tell her something you haven't said to anyone else tonight." # speaker: Troi
    ~ loyalty(Troi, 5)
* (denied) [Tell her you are perfectly well]
    "I'm perfectly well, Counselor." # speaker: Picard
    "Of course, Captain." She says it pleasantly, in the voice she uses for ship's business. # speaker: Troi
    ~ loyalty(Troi, -5)
- -> call_comes

= call_comes
{ geordis_gift.rang:
    Behind you, an Evora child strikes Geordi's bell again, and the whole room hushes to hear it out.
}
{ geordis_gift.presented:
    The ambassador has Geordi's bell cupped in both hands and will not let an aide take it from her.
}
Your comm badge chirps, too loud against the copper.
"Bridge to Captain Picard. Priority signal from Vice Admiral Dougherty, secure channel. He says it can't wait, sir, and he's sorry about your party." # speaker: Bridge
* (apologised) [Make your apologies to the ambassador in Evora]
    You tell the ambassador in careful Evora that the ship is called away. She answers with a phrase you have not learned and touches the back of your hand with two cool fingers, the way her people touch something they mean to see again.
* (delegated) [Leave the ambassador to Riker and go]
    "Number One, make our excuses. Gracefully." # speaker: Picard
    { riker_dances.rebuked:
        "Sir." He goes to do it, and bows to the ambassador a good deal more warmly than he has just looked at you. # speaker: Riker
    - else:
        "I'll tell her you've been called to a more difficult dance, sir." # speaker: Riker
    }
- -> dougherty_call

// ============================================================ the call

=== dougherty_call ===
You take the call in the observation lounge, Riker and Geordi at your back. Vice Admiral Dougherty's face is decent and tired, lit from below by consoles that are not Starfleet issue. Something very tall passes behind him and out of the frame.
"Jean-Luc." He rubs the bridge of his nose. "Your second officer has just undone six months of work I put under my own seal. I have a recording for you, and then a favour." # speaker: Dougherty
* [Ask to see the recording]
    -> recording
* (favour_first) [Ask what the favour is before you watch]
    "The favour first, Matthew." # speaker: Picard
    "Data's schematics. Watch it first, then tell me no." # speaker: Dougherty
    -> recording

= recording
The image is grainy: a village of pale stone at dusk, lamps in the windows, children in a square chasing something that rolls. In the foreground, grey-hooded figures bend over instruments.
"The duck blind," Dougherty says. "A room on the hill, dressed as the hill. Six hundred Ba'ku below, and not one of them knew." # speaker: Dougherty
Data walks into the frame in the same grey suit and stops, his head turned toward something you cannot see. Then he fires into the blind's own emitters, and the hillside peels away like wet paper. Forty Ba'ku look up at a room full of strangers and a half-finished cup of coffee.
-> questions

= questions
* (replayed) [Replay the moment before Data turns]
    You ask for it again, slowed. Data stops. Data turns his head. The timestamp reads 21:14:06, and in the very next frame, 21:14:10.
    "Four seconds are missing," you say. # speaker: Picard
    "Compression. The blind's recorders were built to watch, not to broadcast." His eyes slide to something off the screen, and come back. # speaker: Dougherty
    -> questions
* (hurt) [Ask whether anyone was hurt]
    "Two of ours stunned, one Son'a technician with burns. Nobody dead, thank God. The rest of the observers ran for the village, and the Ba'ku have them now." # speaker: Dougherty
    He says it the way people say hostages.
    -> questions
* (where) [Ask where Data is now]
    "He took a Son'a scout ship off their landing field and has fired on two of their vessels since. Warning shots, I'm told." Dougherty spreads his hands. "Ru'afo doesn't believe in warning shots." # speaker: Dougherty
    -> questions
* [{favour_first:Tell him you have seen enough|Ask what he needs from you}]
    -> request

= request
{ favour_first:
    "You've seen it, then." Dougherty doesn't wait for an answer. "The Son'a have gunships in the Patch. Give them his shield harmonics and command overrides, and they can stop him without anybody else getting hurt." # speaker: Dougherty
- else:
    "Data's schematics," Dougherty says. "Shield harmonics, command overrides, whatever your chief engineer keeps in his desk. With the right numbers, the Son'a gunships can stop him without anybody else getting hurt." # speaker: Dougherty
}
"I know what he is to you. That's why I'm asking and not requisitioning." # speaker: Dougherty
Beside you, Geordi has gone very still. Riker is watching you, not the screen.
* [Send the schematics; let the Son'a stop him]
    "Mr. La Forge. Send the admiral what he needs." # speaker: Picard
    "Sir, with his shield harmonics they won't have to disable him. They can just..." Geordi stops. "Aye, sir." He sends the files one at a time, reading each name aloud for the log. # speaker: La Forge
    ~ loyalty(LaForge, -10)
    ~ shift_standing(5)
    ~ sona_gunships = true
    "Thank you, Jean-Luc." Dougherty's shoulders come down an inch. "Two of Ru'afo's gunships will meet you at the edge of the Patch. You'll want to be there when they bring him in; I know I would." # speaker: Dougherty
* [Refuse the numbers; go after Data yourself]
    "No, Matthew. Numbers like those don't come back once they're sent. Give me a shuttle and a day." # speaker: Picard
    "The Son'a are touchy partners, and I don't want a starship wandering around in a delicate week." # speaker: Dougherty
    "She'll wait at the edge of the Patch." # speaker: Picard
    He does a sum behind his eyes and doesn't like the total. "Come, then. Quietly." # speaker: Dougherty
    When the screen goes dark, Geordi lets go of the chair back he has been gripping. "Thank you, Captain." # speaker: La Forge
    ~ loyalty(LaForge, 5)
    ~ shift_standing(-5)
* [Agree to go, and ask why the survey is sealed]
    "I'll go after him myself. And perhaps you'll tell me why a survey of a few hundred farmers sits under a vice admiral's personal seal{questions.replayed:, and why its recording is four seconds short}." # speaker: Picard
    Out of the frame, the tall figure has stopped moving.
    "Because I sealed it," Dougherty says at last, pleasantly. "Six months, forty staff, one village that never noticed. Leave your ship at the edge of the Patch, Jean-Luc, and come and get your officer." # speaker: Dougherty
    Riker is already logging the exchange under your command code.
    ~ gain_evidence(sealed_authorization)
    ~ shift_standing(-10)
    ~ raise_alert(5)
- -> briefing_room

// ============================================================ the briefing

=== briefing_room ===
At the edge of the Briar Patch, the last Evora banner hangs in the observation lounge, chiming whenever the air cycles.
{ evora_reception.call_comes.apologised:
    Troi has translated the ambassador's parting phrase: may the road home be shorter than the road out.
}
{ evora_reception.call_comes.delegated:
    Riker reports that the ambassador asked after you twice{evora_reception.riker_dances.rebuked:, and reports it in full sentences, without a single joke}.
}
* (schedule) [Leaf through the papers left on the table]
    Under a coffee cup is the ship's players' rehearsal schedule for H.M.S. Pinafore. Data's name is pencilled beside half the parts, and in the margin, in his small exact hand: trio, second verse, still no bass.
* (window) [Watch the Briar Patch fill the viewports]
    The nebula fills the viewports, violet and ochre, with slow lightning moving inside it. Here and there, deep in the dust, a paler violet burns steady as a lamp behind a curtain.
- The doors part for a Klingon in a station's uniform, a travel bag over one shoulder and the look of a man who has run the last three corridors and will deny it.
"Commander Worf. My transport passed within range of your course, and I have leave. I requested to be of use." # speaker: Worf
* [Welcome him aboard like family]
    You cross the room and take his hand in both of yours. "Mr. Worf. You were missed." # speaker: Picard
    His shoulders drop by a degree. "It is... good to be aboard, sir." # speaker: Worf
    ~ loyalty(Worf, 5)
* (to_work) [Put him straight to work]
    "Good. Sit down, Commander; you're just in time for the briefing." # speaker: Picard
    Worf sits, sets the bag at his feet, and looks entirely content.
* (teased) [Tease him about inviting himself]
    "Within range, Mr. Worf? It's the Briar Patch. Nothing passes within range of it by accident." # speaker: Picard
    Riker snorts. Worf does not. "I did not invite myself. I was available." He sits very straight, and gives the joke exactly the consideration it deserves. # speaker: Worf
- { sona_gunships:
    "The Son'a have Commander Data's shield harmonics," Worf says, reading the summary. "That is a great deal to hand to strangers." He squares the padd with the table's edge and waits, very correctly, for orders. # speaker: Worf
    ~ loyalty(Worf, -5)
}
-> nebula

= nebula
{ sona_gunships:
    Geordi briefs standing, in short correct sentences, each one ending in "Captain".
- else:
    Geordi briefs half as engineer and half as tour guide, one hand sketching shapes in the air.
}
"The Briar Patch is mostly a nuisance: sensors can't see far, comms bounce. But respect this." A violet bloom lights up on the display. "Metreon gas, in pockets all through the inner nebula." # speaker: La Forge
{ window:
    It is the steady light you watched from the viewport.
}
* [Let him go on]
    "Go on, Geordi." # speaker: Picard
    "It's stable, right up until it meets ionised plasma. Then the whole pocket goes at once, like a cough the size of a moon. A starship dragging warp plasma through a pocket on purpose could light it behind itself, with anything following right in the middle." # speaker: La Forge
    Worf leans forward for the first time. "A weapon." # speaker: Worf
    "If you were crazy enough to be the one out in front. Respect it, that's all." # speaker: La Forge
    ~ find_secret(metreon)
* [Ask him for the flight hazards only]
    "The short version, Mr. La Forge. We're pressed." # speaker: Picard
    "Stay out of the purple and keep your exhaust clean." He closes the display. {sona_gunships:He doesn't seem to mind stopping.|Whatever else he knows about it, he keeps.} # speaker: La Forge
- -> worf_plan

= worf_plan
{ to_work:
    Worf has already found the stolen scout's specifications, and has opinions.
- else:
    Worf has the stolen scout's specifications up.
}
"Fast, lightly shielded, and it has teeth. I recommend we close at full impulse and take out his weapons before he can take out ours." # speaker: Worf
* (rebuked) [Tell him sharply that Data is not a target]
    "Mr. Worf, that is your crewmate out there, not a target drone." # speaker: Picard
    Worf's chin comes up. "I did not call him a target, Captain. I called him dangerous." # speaker: Worf
    For the rest of the briefing he answers everything put to him with "Yes, Captain," and offers nothing he is not asked for.
    ~ loyalty(Worf, -10)
* (asked) [Ask how he would take Data without firing]
    "And if I want him back without a scratch?" # speaker: Picard
    Worf considers it. "Then you must make him hesitate. Data hesitates only when something interests him more than the fight." He frowns. "I do not know what that would be." # speaker: Worf
    Geordi's eyes go to the rehearsal schedule on the table, and away again.
* (agreed) [Agree, but only his drive and his weapons]
    "His weapons and his drive, Mr. Worf. Nothing that would hurt him." # speaker: Picard
    "Understood." Worf nods once, the nod of a man whose plan has survived contact with his captain. # speaker: Worf
    ~ loyalty(Worf, 5)
- -> partner

= partner
"One of you flies with me," you say. "The rest keep the Enterprise at the edge of the Patch until I call her in." # speaker: Picard
{ evora_reception.riker_dances.rebuked:
    Riker makes no argument to go in your place. He has made one before every away mission for years.
- else:
    "With respect, sir, the captain shouldn't be chasing anybody in a shuttle," Riker says, already knowing how that will land. # speaker: Riker
}
* [Take Worf: he knows how a small ship fights]
    { loyalty_worf < 55 or briefing_room.worf_plan.rebuked:
        "Yes, Captain." Worf is out of the door before you can say more. # speaker: Worf
    - else:
        Worf is on his feet before you have finished the sentence. "I will ready the shuttle."{briefing_room.teased: He pauses at the door. "As it happens, I am available."} # speaker: Worf
    }
    ~ shuttle_partner = Worf
    ~ loyalty(Worf, 5)
* [Take Geordi: nobody knows Data better]
    { sona_gunships:
        "Good." For the first time since the call, Geordi forgets to say "Captain". "If the Son'a want him, I'd like them to have to go through me." # speaker: La Forge
    - else:
        "I was hoping you'd say that. I know every fault line in his head, sir. If there's a way to bring him in whole, I'll find it." # speaker: La Forge
    }
    ~ shuttle_partner = LaForge
    ~ loyalty(LaForge, 5)
* [Take Riker: he is the best pilot aboard]
    { evora_reception.riker_dances.rebuked:
        "Is that an order, sir, or an invitation?" Then he shakes his head and half-smiles. "Never mind. I'll take it either way." # speaker: Riker
    - else:
        "Finally." Riker is already reaching for his jacket. "Somebody on this ship remembers I can fly." # speaker: Riker
    }
    ~ shuttle_partner = Riker
    ~ loyalty(Riker, 5)
- {
- shuttle_partner == Riker:
    Troi takes the bridge, with a small private smile at the chair.
- evora_reception.riker_dances.rebuked:
    Riker takes the bridge without comment, and you feel the lack of one all the way to the shuttle bay.
- else:
    Riker takes the bridge. "Bring him home, sir," he says, and means both of you. # speaker: Riker
}
-> data_pursuit

// ============================================================ the pursuit

=== data_pursuit ===
The Briar Patch takes the stars away one at a time.
{ sona_gunships:
    Two Son'a gunships fall in on either side of you, long pale hulls without a window.
}
{ shuttle_partner:
- Worf: Worf sits at tactical as if the console had insulted his family, and watches everything at once.
- LaForge: Geordi has the transporter controls open beside the sensors and is talking quietly to both of them.
- Riker: Riker flies with two fingers{evora_reception.riker_dances.danced:, humming the Evora dance}{evora_reception.riker_dances.rebuked: and reads out every checklist item, which he has not done in years}.
}
Then the planet comes out of the murk, blue and green and ringed with light, and something small and fast lifts off its night side and turns toward you.
* (hailed) [Hail Data]
    -> hail
* (held_course) [Hold course and let him come to you]
    You hold the shuttle steady. The scout comes in low and fast, and there is no warning: a bolt scores the port hull behind the cabin, the lights stutter, and an alarm starts up and will not be argued with. Then the scout turns and runs for the rings.
    -> engaged

= hail
"Data. This is the captain." # speaker: Picard
His voice comes back at once, entirely his own. "Captain Picard. I would prefer that you did not follow me. I do not wish to damage your shuttle. I will, if it becomes necessary." # speaker: Data
* (what_he_saw) [Ask him what he saw down there]
    "Data, what did you see?" # speaker: Picard
    "They are not armed, Captain. The observers are. I would ask you to consider why that was thought necessary." The channel closes. # speaker: Data
* (ordered) [Order him to stand down]
    "Commander Data, you will stand down and return with us. That is an order." # speaker: Picard
    "I understand the order, sir. I am not able to follow it at present." He closes the channel before you can repeat it. # speaker: Data
- A bolt crosses your bow close enough to white out the viewport, and misses by exactly the margin Data intended. Then the scout turns and runs for the rings.
-> engaged

= engaged
{ sona_gunships:
    -> gunships
}
-> partner_route

= partner_route
{ shuttle_partner:
- Worf: -> with_worf
- LaForge: -> with_laforge
- else: -> with_riker
}

// ---- the Son'a gunships (only if Picard sent the schematics)

= gunships
The lead gunship opens a channel without asking. "Captain Picard. Gallatin." Clipped and dry, a soldier reading from a list he did not write. "Your engineer's numbers are good; we have a firing solution on the android's core. The Admiral says the decision is yours. He did not say for how long." # speaker: Gallatin
* [Tell Gallatin to fire # near: paradise-at-a-price]
    -> scout_destroyed
* (held) [Order him to hold fire]
    "Hold your fire, Gallatin. He comes home in one piece." # speaker: Picard
    "Holding. My orders are to keep him from the flagship. If he turns toward it, I will not ask you again." # speaker: Gallatin
* (herded) [Ask Gallatin to cut off Data's escape instead]
    "Don't fire. Cut him off from the rings and drive him back toward us." # speaker: Picard
    The gunships close the gaps one by one until Data has a single way out, a ring shadow too narrow for them. He takes it without slowing and comes out closer to you.
    "He flies as if he does not want to kill anyone," Gallatin says, almost puzzled. "Is he always so careful?" # speaker: Gallatin
- -> partner_route

// ---- with Worf

= with_worf
Data flies the stolen scout the way he plays the violin: correctly, and then, when nobody expects it, beautifully. He is gone before Worf's targeting can settle.
"He is better at this than I am," Worf says. It visibly costs him. "But he is not trying to kill us.{briefing_room.worf_plan.asked: You asked me how to make him hesitate. I still do not know.}" # speaker: Worf
* [Ask Worf to target the scout's drive]
    -> worf_fires
* [Remember Data singing in the corridor]
    -> rehearsal

= rehearsal
The week before Data left for the survey, his voice ran the same bright phrase of Gilbert and Sullivan over and over in the corridor outside your ready room. Each time it stopped at the bar where the other voices should come in, waited for a harmony that never arrived, and began again.
{ briefing_room.schedule:
    Trio, second verse, the margin note says. Still no bass.
- else:
    The score is still in the shuttle's library. He filed it there himself: for practice in transit.
}
* [Ask Worf to sing the bass part with you]
    -> ask_worf
* [Sing the phrase alone]
    -> sing_alone

= ask_worf
"Mr. Worf. Do you sing?" # speaker: Picard
Worf turns from tactical very slowly.
{ loyalty_worf >= 60:
    -> worf_agrees
}
-> worf_refuses

= worf_agrees
He holds out his hand for the score and reads it once, lips pressed, one finger tracking the line. Then he hums the bass part back to you under his breath, from memory and in tune.
"It is underwritten," he says. "I will manage." # speaker: Worf
* [Open a channel to the scout]
    -> duet

= worf_refuses
{ briefing_room.worf_plan.rebuked:
    "No, sir." Worf turns back to his console and checks a reading he has already checked. "You told me at the briefing that my judgement was not wanted. I will not also make a fool of myself on an open channel." # speaker: Worf
- else:
    "No, sir." Worf turns back to his console. "I came to help you stop him. I did not come to perform for him." # speaker: Worf
}
The scout lays another bolt across your bow, closer this time. Data's patience is a measured quantity, and you are spending it.
* [Sing the phrase alone]
    -> sing_alone
* [Have Worf fire on the scout's drive]
    -> worf_fires
* {sona_gunships} [Tell Gallatin to take his shot # near: paradise-at-a-price]
    -> scout_destroyed

= sing_alone
You open a channel and sing it alone. Your voice is not what it was at the Academy, and for four bars nothing happens at all.
Then Data's voice arrives, precise and courteous. "Captain, you are a quarter-tone flat in the second phrase." # speaker: Data
While he says it, his weapons are silent. When he has finished, they are not.
{ ask_worf:
    Worf, who refused you a minute ago, has turned his chair to watch. When you stop, he gives you the short nod he gives a sparring partner who has taken a fall and got up.
    ~ loyalty(Worf, 5)
}
{ loyalty_worf >= 60:
    -> worf_joins
}
"He stops to correct you," Worf says. "Every time, he stops. Sing again, and I will have his drive." # speaker: Worf
* (sang_again) [Sing again and let Worf take the shot]
    -> worf_fires
* [Have Worf fire now, while the scout is close]
    -> worf_fires
* {sona_gunships} [Tell Gallatin to take his shot # near: paradise-at-a-price]
    -> scout_destroyed

= worf_joins
You start the phrase again. Halfway through the second bar a bass comes in beneath you, low and grim and in tune; Worf sings it to the tactical display, eyes on the scout.
* [Keep singing]
    -> duet_resolves

= duet
You open the channel to the scout and begin. For four bars there is only you, a starship captain singing light opera into a nebula. Then Worf comes in underneath, every note placed as carefully as a demolition charge.
The scout's next bolt does not come.
* [Keep singing]
    -> duet_resolves

= duet_resolves
The scout drifts out of the ring shadow and turns toward you like a head tilting. At the bar where the phrase always broke off in the corridor, a third voice comes in over the comm, on pitch, a week late for its cue.
Data sings the passage to its end. Then, puzzled and polite: "Captain. I believe I have lost track of what I was doing." # speaker: Data
The scout's shields drop, and Data lets Worf's tractor beam hold him. Ten minutes later he steps through the docking hatch on his own feet.
~ worf_sang = true
~ loyalty(Data, 15)
~ pass_time(1)
Worf closes the score on his console with one finger, as if it might go off. "Captain. If this is entered in the log..." # speaker: Worf
* (sworn) [Promise him it will be worded discreetly]
    "The log will say that Commander Data was recovered by unconventional means." # speaker: Picard
    Worf considers the phrase from several sides. "Unconventional," he says at last, "is acceptable." # speaker: Worf
* (praised) [Tell him he has a remarkable voice]
    "Mr. Worf, you have a remarkable voice." # speaker: Picard
    He studies you, as though deciding whether this is an attack. "Thank you," he says finally, in a tone that closes the subject for the rest of his natural life. # speaker: Worf
- -> shuttle_home

= worf_fires
{
- sing_alone.sang_again:
    You sing the phrase again, flat in the same place. Data stops to correct you, and in that half-second of helpfulness Worf fires.
- sing_alone:
    Data is still close, still listening for the rest of the phrase. Worf fires while he listens.
- else:
    Worf waits for the scout to clear the ring shadow, breathes out, and fires once.
}
The shot takes the drive housing cleanly, and the scout spirals down to an empty ridge far from the village. Data is sitting in the open hatch when you land, his left arm hanging wrong and a seam of silver showing at his temple.
"That was proportionate," he says. Then: "I would not have chosen it." # speaker: Data
~ data_state = damaged
~ loyalty(Data, -5)
~ pass_time(1)
Worf goes out with a phaser he does not need. Data walks to the shuttle on his own, a little crooked.
-> shuttle_home

// ---- with La Forge

= with_laforge
Data takes the scout through the ring shadows in a long, unhurried curve, always just out of reach, like a swimmer pacing a boat.
"I can beam him out of that cockpit, but not through his shields," Geordi says. "I need them down, or at least blinking. Then there's a shutdown code only Data and I know. He gave it to me years ago, the way you'd give a friend a spare key." # speaker: La Forge
{ sona_gunships:
    "The Son'a have the front door," he adds quietly. "I'd rather we used the key." # speaker: La Forge
}
* [Hail Data and keep him talking]
    -> keep_talking
* [Fly into his fire so he has to drop his shields]
    -> into_the_fire
* [Let Geordi try a cold lock now]
    -> cold_lock

= cold_lock
Geordi reaches for the lock, and his board lights red from end to end. "Nothing. His shields ate it." # speaker: La Forge
The scout turns, unhurried. Data seems to be waiting to see what you will try next.
{ sona_gunships:
    "Captain." Gallatin, on the open channel. "Your engineer is guessing. We are not." # speaker: Gallatin
}
* [Hail Data and keep him talking]
    -> keep_talking
* [Fly into his fire so he has to drop his shields]
    -> into_the_fire
* {sona_gunships} [Tell Gallatin to take his shot # near: paradise-at-a-price]
    -> scout_destroyed

= keep_talking
"Data, it's the captain again. I want to understand." # speaker: Picard
"I will explain what I can, Captain. I am not able to explain very much." # speaker: Data
"Every time he transmits, his shields thin around the emitter," Geordi whispers. "Keep him going." # speaker: La Forge
* (asked_why) [Ask him why the observers had to be exposed]
    "Why expose them, Data? Why then?" # speaker: Picard
    "Because in the square I understood what they were there to watch for. I do not, at present, remember what it was. I remember that it was sufficient." # speaker: Data
* (asked_who) [Ask him whether he knows who you are]
    "Data, do you know who I am?" # speaker: Picard
    "You are Captain Jean-Luc Picard. You take your tea at fifteen hundred hours, and you dislike being asked if you would like another cup. I am not confused, sir. I am decided." # speaker: Data
- "Got him," Geordi says. # speaker: La Forge
-> lock

= into_the_fire
You take the helm and put the shuttle squarely in the scout's line of fire. "Sir..." Geordi begins. # speaker: La Forge
The first bolt shears a sensor pod off the starboard nacelle. The second never comes: at this range Data can hold his shields against Geordi's lock or drop them to fire into a cabin with you in it, not both, and he is waiting for you to get out of the way. You don't.
When the scout's shields thin for a shot that never comes, Geordi's lock takes.
-> lock

= lock
The transporter whines, and Data resolves in the aft compartment in the grey suit of the duck blind, its hood gone, one hand raised toward a console that is no longer there.
Geordi steps between you, says six quiet words you do not catch, and reaches for the small of Data's back.
* [Let Geordi finish it at once]
    Data's eyes find Geordi's. Then he simply stops, upright, like a clock someone has gently put a hand on.
* (spoke) [Speak to Data before Geordi does]
    "Data. Wait." # speaker: Picard
    Data's head turns toward you. "Captain. I did not harm them. I would like that to be known." # speaker: Data
    "It will be." # speaker: Picard
    "Thank you." He turns his back to Geordi, deliberately, and Geordi's hand finds the switch. # speaker: Data
- ~ loyalty(Data, 10)
{ sona_gunships:
    Geordi keeps a hand on Data's shoulder all the way back. "They'd have killed him," he says once, to nobody. "With my numbers." # speaker: La Forge
- else:
    Geordi straps Data onto the bench with more care than the regulations ask for. "Hang on, buddy," he says. "We'll figure it out." # speaker: La Forge
}
-> shuttle_home

// ---- with Riker

= with_riker
{ evora_reception.riker_dances.rebuked:
    The scout slips between two ring shadows and vanishes. Riker gives you its last bearing and nothing else.
- else:
    "He's good," Riker says with real admiration, as the scout slips between two ring shadows and vanishes. "Who taught him to fly like that?" # speaker: Riker
    "You did, Number One." # speaker: Picard
    "Remind me to stop." # speaker: Riker
}
"Phasers on his drive," Riker says. "One clean shot and he's a glider. The trick is getting him to hold still long enough." # speaker: Riker
* (picard_guns) [Let Riker fly; take the weapons yourself]
    You slide into the tactical seat. {evora_reception.riker_dances.rebuked:"Sir," is all Riker says, and leans into the turn.|Riker grins at the viewport. "Just like old times, sir. Try not to hit the planet."} # speaker: Riker
* (riker_guns) [Take the helm; give Riker the weapons]
    You take the helm. Riker moves to tactical and cracks his knuckles, a thing you have asked him not to do on the bridge for eleven years.
- -> gas_pocket

= gas_pocket
The scout leads you toward the inner nebula, where the dust thickens into walls. Off the port bow a pale violet bloom hangs in the murk.
{ secrets ? metreon:
    "Geordi's gas," Riker says. "One spark and it goes up, and Data knows that better than we do. He won't go near it." He grins slowly. "Which makes it a wall." # speaker: Riker
- else:
    "Geordi's gas," Riker says. "He said stay out of the purple. He didn't say why." He eyes it. "Drive Data into that and his sensors go blind for ten seconds. That's all we'd need." # speaker: Riker
}
* (walled) {secrets ? metreon} [Pin him against the gas: he won't go in]
    "Use it. Keep him between us and the violet." # speaker: Picard
    Riker works the scout into a corner of the pocket like a sheepdog, and Data, who will not touch the gas, has nowhere left to turn but slowly. "Remind me to thank Geordi," Riker says. "And to save this for somebody we don't like." # speaker: Riker
* {secrets !? metreon} [Drive him through the gas]
    -> through_the_gas
* [Stay in open space and wait for a clean shot]
    "Stay out of it. We wait for our shot." # speaker: Picard
    "Waiting's the hard part," Riker says. "Fine. I'll be patient at him." # speaker: Riker
- -> riker_shot

= through_the_gas
"Do it." # speaker: Picard
{with_riker.picard_guns:Riker drops|You drop} the shuttle under the scout and {with_riker.picard_guns:pushes|push}. Data slides into the violet to avoid you, as planned, and for two seconds it works.
Then the scout's exhaust touches the gas, and the whole pocket goes up at once in a single white flash. The shockwave throws the shuttle end over end. When the stars stop turning, the scout is tumbling out of the glare with its drive housing glowing.
"Well," Riker says at last. "Now we know why." # speaker: Riker
-> riker_shot

= riker_shot
{
- through_the_gas:
    The scout is limping now, shields guttering, and it cannot outrun anything.
- gas_pocket.walled:
    Boxed against the violet, the scout has to slow to turn, and for a moment its drive housing is bare.
- else:
    It takes eleven minutes of patience. Then the scout comes out of a ring shadow a fraction too slowly, and for a moment its drive housing is bare.
}
{ sona_gunships:
    "He is slowing," Gallatin observes on the open channel. "We can finish this for you, Captain." # speaker: Gallatin
}
* [Put one shot through his drive housing]
    -> riker_fires
* {sona_gunships} [Let Gallatin's gunships finish it # near: paradise-at-a-price]
    -> scout_destroyed

= riker_fires
{ with_riker.picard_guns:
    You fire once.
- else:
    "Now," you say, and Riker fires once. # speaker: Picard
}
The beam takes the drive housing, and the scout falls. You follow it down to a hillside of scrub and grey rock, far from the village.
Data is sitting on a rock beside the wreck, looking at his left hand, which no longer closes. Coolant has dried in a silver line down his temple. "A good shot. {with_riker.picard_guns:Yours, I think, Captain. Commander Riker would have led me by another half-metre.|Commander Riker's. He always leads a target half a metre too far.}" # speaker: Data
~ data_state = damaged
~ loyalty(Data, -5)
~ pass_time(1)
{ evora_reception.riker_dances.rebuked:
    Riker covers him with a phaser on the walk to the shuttle, by the book, two paces behind.
- else:
    "You're under arrest, I suppose," Riker tells him. "Don't take it personally." # speaker: Riker
    "I will try not to, Commander," Data says. "I find that I am taking several things personally today." # speaker: Data
}
-> shuttle_home

// ============================================================ the pursuit's ends

// Act I C4: only when the Son'a gunships fly with the shuttle (I A1).
=== scout_destroyed ===
"Fire," you tell Gallatin. # speaker: Picard
The gunships fire once each. The two lines of light meet on the scout's hull precisely where Geordi's numbers said they would, and the little ship comes apart without a sound, its pieces turning away from one another into the murk.
There is no distress call and no last transmission. Data would not have wasted the bandwidth.
{ shuttle_partner:
- Worf: Worf stands up from tactical, and then sits down again. "He was a warrior," he says. "He should have been given a warrior's chance." # speaker: Worf
- LaForge: Geordi takes his hands off the transporter board, which has been holding a lock on nothing for three seconds. "With my numbers," he says, almost conversationally, and begins shutting the board down, switch by switch. # speaker: La Forge
- Riker: "Permission to take us home, sir." Riker's voice is level and entirely formal, the voice of the day he first came aboard. # speaker: Riker
}
~ loyalty(Data, -100)
~ data_state = destroyed
~ loyalty_all(-10)
~ shift_standing(5)
"Clean work, Captain," Gallatin says. "Our people will collect the debris. Standard procedure." # speaker: Gallatin
* (claimed) [Tell him the debris is Starfleet's, and to leave it]
    "That debris is Starfleet property, and it was my officer. Leave it where it lies." # speaker: Picard
    "As you wish," Gallatin says, and waits until you are listening. "For now." # speaker: Gallatin
* [Close the channel without answering]
    You close the channel. The gunships wheel away toward the planet, and the debris goes on turning in the dark, catching the light from the rings each time it comes round.
- -> sona_flagship

=== shuttle_home ===
{
- data_state == damaged:
    On the climb to orbit Data asks, very politely, to be shut down, and is. His ruined arm lies across his knees.
- shuttle_partner == Worf:
    Data lies on the aft bench, switched off at his own polite request, his hands folded on his chest by someone who thought he might prefer it.
}
{ data_pursuit.gunships.held or data_pursuit.gunships.herded:
    "You brought him in alive, Captain," Gallatin says as the gunships peel away. "The Admiral will be pleased. Ru'afo will be..." He searches for the word. "Interested." # speaker: Gallatin
}
* (sat) [Sit beside Data for the flight home]
    You sit beside him on the bench. With his eyes closed he might be a passenger dozing on a long train journey. {shuttle_partner == Worf:Worf flies very smoothly and does not turn round.}{shuttle_partner == LaForge:Geordi glances back now and then, and each time seems reassured.}{shuttle_partner == Riker:Once, when the shuttle bucks, Riker reaches back without turning to steady Data's shoulder.}
* (logged) [Record the log entry while it is fresh]
    You dictate it plainly: the time, the place, the method, no casualties. {worf_sang:You describe the method as unconventional.} Read back, the whole night sounds much smaller than it was.
- With Data aboard, Dougherty clears the Enterprise to come in, and she is in orbit when you dock. His message is waiting: you are expected aboard the Son'a flagship within the hour, with your counselor, because Ru'afo likes to be understood.
* (dressed) [Change back into dress uniform first]
    You change. Troi, meeting you at the transporter, straightens your collar by a millimetre and nods.
* (unchanged) [Go as you are, nebula dust and all]
    You go as you are. Troi brushes a streak of grey dust from your shoulder and then, on reflection, leaves the rest.{evora_reception.beverly.promised: Beverly's place card has migrated to your tunic pocket.}
- -> sona_flagship

// ============================================================ the Son'a flagship

=== sona_flagship ===
The Son'a flagship is a jewel box built for giants: pale lacquer, flattering light, and air scented with resin over something sharper, a clinic pretending to be a garden. Servants in plain grey line the hall and do not look up.
{
- sona_gunships:
    Dougherty meets you with both hands out, a man with one problem fewer. "Jean-Luc. That's a debt, and I'll pay it." # speaker: Dougherty
- evidence ? sealed_authorization:
    Dougherty holds your hand a second too long. "You put your question about the seal in your log. I read your logs, Jean-Luc. Everybody does." He lets go and smiles, and the matter is closed. # speaker: Dougherty
- else:
    "You cost me an hour of Ru'afo's temper," Dougherty says, shaking your hand, "and I'd pay it again. It's good to see you." # speaker: Dougherty
}
{ data_state:
- destroyed:
    "I'm sorry about your officer," he adds, more quietly. "You did a hard thing well." # speaker: Dougherty
- damaged:
    "And you got him back," he adds. "A little dented, I hear, but back.{shuttle_home.logged: Your log was a model of brevity. I sent it up the line word for word.}" # speaker: Dougherty
- else:
    "And you got him back in one piece," he adds. "{shuttle_home.logged:{worf_sang:Your log says 'unconventional means'. I sent it up the line as it stands, and I won't ask.|Your log was a model of brevity. I sent it up the line word for word.}|I won't ask how.}" # speaker: Dougherty
}
* [Ask Troi quietly what she senses from him]
    -> troi_aside
* [Follow Dougherty without a word]
    -> follow_him

= troi_aside
You let Dougherty walk ahead. {evora_reception.deanna.denied:Troi answers only when asked, in her most professional voice.|Troi answers before you have finished asking.}
"He's uneasy, and not about you. He has signed something he hasn't finished reading, and keeps meaning to." # speaker: Troi
~ troi_read_dougherty = true
-> chamber

= follow_him
{ evora_reception.deanna.admitted:
    Troi falls in beside you, close enough to tell you anything you ask. You don't ask.
- else:
    Troi falls in a half step behind you and keeps whatever she is feeling to herself.
}
As you pass, the grey servants turn their faces to the wall, all of them together.
-> chamber

= chamber
Ru'afo lies on an inclined couch in a round room of soft light, his face drawn toward a ring of emitters by a hundred filaments, the skin pulled smooth and shining like sailcloth pegged out to dry.
"Captain Picard." The voice is rich and amused, from a mouth that cannot move very much. "You find me at my maintenance. Come in; the machines don't mind being watched, and neither do I." # speaker: Ru'afo
{ shuttle_home.dressed:
    His eyes travel over your dress uniform. "And you dressed for me. Dougherty never does." # speaker: Ru'afo
- else:
    His nostrils widen slightly. "You came straight from the hunt. I can smell the nebula on you." # speaker: Ru'afo
}
* (bowed) [Return his greeting with a courtier's bow]
    You bow exactly as deeply as a guest should, and not a degree further. Ru'afo's eyes follow the bow down and back up with evident pleasure. "Manners. You cannot imagine how rare they have become out here." # speaker: Ru'afo
* (asked_treatment) [Ask what the treatment is for]
    "Forgive me. What is the treatment for?" # speaker: Picard
    "For time, Captain." His eyes glitter. "Every morning my face forgets a little more of what it was, and every afternoon these remind it. It is tedious. Being forgotten would be worse." # speaker: Ru'afo
* {echo_face_chamber} [Look longer at the couch and its filaments # echo]
    You cannot look away from the couch: the angle of it, the ring of emitters, the filaments gathered at the throat. You have seen this room before, you could not say when, and something in it ended badly.
    The officer at the foot of the couch notices you looking. For a moment, oddly, he looks at it too.
- -> measure

= measure
{ sona_gunships:
    At the foot of the couch stands Gallatin, whose voice you last heard offering you a firing solution; in person he has a soldier's stillness.
- else:
    At the foot of the couch stands an officer with a soldier's stillness: Gallatin, Ru'afo's second.
}
{
- data_state == destroyed:
    "Your android," Ru'afo says. "A great pity. Beautiful work, I'm told. I prefer to see beautiful work before it is broken." # speaker: Ru'afo
- sona_gunships && worf_sang:
    "Gallatin tells me you sang to your android." The filaments quiver; he may be laughing. "I should like to have heard that." # speaker: Ru'afo
- data_state == damaged:
    "You shot my scout out of the sky to catch your android. Efficient. I shall send the Federation the bill." # speaker: Ru'afo
- else:
    "You caught your android without putting another mark on my scout. I am almost grateful." # speaker: Ru'afo
}
As the filaments draw away, Ru'afo sits up, his new face glossy and already, at the corners of the mouth, beginning to give. "Dine with me, Captain." # speaker: Ru'afo
* [Accept his dinner and play the gracious guest]
    -> dinner
* [Ask about his treatments, and the people who serve him]
    -> probe
* [Keep to formalities and take your leave]
    -> cold

= dinner
The dinner is long, lovely and faintly exhausting. Nine courses come, each carried by a different Tarlac servant, each with a story from Ru'afo about the world it came from and what that world was persuaded to part with. He is a superb host: attentive, funny, curious about your archaeology, and never once still.
At the ninth course he raises his glass to you and waits.
* [Toast his hospitality]
    "To our host, and to a table I shall not forget." # speaker: Picard
    Ru'afo is delighted, with the pure delight of a vain man praised in the right words. "You, I like," he tells Dougherty, over your head. "Send me more like him." # speaker: Ru'afo
* (toast_mission) [Toast the success of the mission]
    "To the mission, and to its success." # speaker: Picard
    "To the mission," Ru'afo echoes. "And to time, Captain, of which I intend us all to have a great deal more." Dougherty laughs a fraction too quickly, and drinks too. # speaker: Ru'afo
- ~ ruafo_measure = ruafo_courted
~ raise_alert(-5)
~ pass_time(1)
-> walk_back

= probe
"May I ask how long a treatment holds?" # speaker: Picard
"Days, if I am fortunate. Hours, lately." Ru'afo touches the corner of his mouth, where the new skin has begun to slacken. "{chamber.asked_treatment:Twice now you have asked about my face. }My surgeons are curious too, Captain. I pay them for it." # speaker: Ru'afo
An Ellora steward, small and grey-skinned, has come to your elbow with a steaming tray, eyes lowered.
* (asked_service) [Ask the steward how long he has served aboard]
    You take a cup and ask him, as you would ask anyone who had poured your tea, how long he has served on this ship. The tray stops moving.
    "Since my world settled its debts, Captain. I was part of the settlement." # speaker: Eshen
* (asked_home) [Ask the steward where his people come from]
    You take a cup and ask him where his people come from. The tray stops moving.
    "Ellora, Captain. The Son'a charts call it the Fourth Tributary now." # speaker: Eshen
- "Eshen," Ru'afo says, as softly as he has said anything. "Out." # speaker: Ru'afo
* (held_gaze) [Hold Ru'afo's gaze]
    You keep your eyes on Ru'afo. Then his smile comes back all at once, bright and complete.
* (watched_eshen) [Watch Eshen as he goes]
    You watch the steward go. At the door he glances back, once, long enough to remember a face.
- "We do not interview the furniture, Captain," Ru'afo says lightly. "It only encourages it." # speaker: Ru'afo
Gallatin has taken one step after the steward and stopped, undecided. Troi's hand has closed hard on your forearm.
~ ruafo_measure = ruafo_probed
~ eshen_met = true
~ gain_evidence(servitude)
~ troi_read_ruafo = true
~ raise_alert(10)
~ pass_time(1)
-> walk_back

= cold
"Thank you, but no. I have people on the planet below who have been waiting since last night to come home." # speaker: Picard
"Starfleet," Ru'afo says to the ceiling. "Always somewhere better to be.{chamber.bowed: And such a beautiful bow, wasted.}" # speaker: Ru'afo
The attendants lower him onto the couch and reattach the filaments. You are dismissed, and you have dismissed yourself; only Dougherty seems to mind which came first.
~ ruafo_measure = ruafo_snubbed
~ shift_standing(-5)
-> walk_back

= walk_back
Dougherty walks you back himself, a hand on your shoulder.
{ ruafo_measure:
- ruafo_snubbed:
    "You might have stayed for the soup, Jean-Luc. He'll make me pay for that, one course at a time." # speaker: Dougherty
- ruafo_probed:
    "What were you doing in there?" He says it mildly, but he has stopped walking. "{probe.held_gaze:And nobody holds his eye. Nobody.|And don't go looking for that steward again. You'll do him no favours.}" # speaker: Dougherty
- else:
    { dinner.toast_mission:
        "You toasted the mission. In front of him." He says it lightly and does not smile. "He'll quote that back to me for a month, and say it was your idea." # speaker: Dougherty
    - else:
        "You were magnificent. I've sat through forty of those and I still count the courses." # speaker: Dougherty
    }
}
"Now. Bring our people up quietly. The Ba'ku don't know who we are or why we were watching, and I'd like to keep it that way as long as we can." # speaker: Dougherty
* {troi_read_dougherty} [Ask what he has signed and not finished reading]
    "Matthew. What have you signed that you haven't finished reading?" # speaker: Picard
    He laughs, then stops, and the hand comes off your shoulder. "Orders, Jean-Luc. The same as you. Some of them are longer than others." For the rest of the walk he talks about Son'a cooking, quickly and in detail. # speaker: Dougherty
    ~ doubt(1)
* (asked_told) [Ask what the Ba'ku have been told so far]
    "What have they been told?" # speaker: Picard
    "Nothing. Six hundred people, one aqueduct, no sensors. They won't miss a conversation they never had." # speaker: Dougherty
* (own_way) [Tell him you will handle it in your own way]
    "I'll handle it in my own way, Matthew." # speaker: Picard
    "You will anyway." He gives your shoulder a pat and takes the hand away. "I'd just like to know in advance what your way is going to be." # speaker: Dougherty
- { ruafo_measure:
- ruafo_probed:
    In the transporter hall Troi is pale. "When Eshen {probe.asked_home:named his world|said 'settled'}, Ru'afo..." She searches for it. "It wasn't anger. It was older than anger." # speaker: Troi
- ruafo_courted:
    "He liked you," Troi says in the transporter hall. "I would rather he hadn't." # speaker: Troi
- else:
    In the transporter hall Troi is already peeling off the gloves she wore for Ru'afo, finger by finger, as the lacquered walls dissolve around you.
}
-> village_arrival

// ============================================================ the village

=== village_arrival ===
Crusher is waiting in the transporter room, a medkit over her shoulder.
{ evora_reception.beverly.promised:
    She taps {shuttle_home.unchanged:the pocket of your duty tunic|your sleeve}, where the Evora place card still sits. "This doesn't count as leave, by the way." # speaker: Crusher
}
{ evora_reception.beverly.deflected:
    She looks you over once. "Did you sleep?" You did not. She adds a line to the note she started at the reception. # speaker: Crusher
}
{ sona_flagship.walk_back.own_way:
    "Dougherty called to ask whether I knew what your own way was going to be. I told him I never do." # speaker: Crusher
}
"Six observers, stranded among people who didn't know they existed until last night. Where do you want to set down?" # speaker: Crusher
* [Beam down to the village square, and walk in]
    "The square. We'll walk in through the front door, like guests." # speaker: Picard
    Crusher nods; it is the answer she wanted.
    -> square
* [Beam straight to the observers and straight out]
    "Straight to the observers' coordinates. In and out. The less we disturb the village, the better." # speaker: Picard
    "You want to beam into somebody's house uninvited." Crusher raises an eyebrow. "All right." # speaker: Crusher
    ~ baku_intro = intro_skipped
    -> straight_in

= square
You materialise where the road turns to flagstones. The village smells of bread and wet stone. Water runs in narrow channels beside every path, turning a little wheel here and filling a trough there; somewhere a loom clacks, and a woman laughs three streets away, and you hear her perfectly, because there is no hum of engines to hide her.
{runs_completed > 0:The well stands exactly where you expected it to be, though you could not say why you expected anything.}
* [Walk toward the voices]
-
A broad man with a farmer's hands crosses the square to meet you, a boy trailing at his heels. Further back, a woman leans in a doorway with her arms folded, watching you with the interest other people keep for weather.
{ sona_flagship.walk_back.asked_told:
    Nothing, Dougherty said. They have been told nothing at all.
}
"I'm Sojef. This is my son Artim, who was told to stay indoors." The boy does not look sorry. "I think you've come for your people. And you are?" # speaker: Sojef
* [Tell him plainly who you are and why you have come]
    -> honest_words
* [Give him a cover story: a survey team, an accident]
    -> cover_words

= honest_words
"Jean-Luc Picard. I command the starship Enterprise, which is above you now. Your guests serve the same Federation I do. I've come to take them home, and to apologise for the way you met them." # speaker: Picard
Sojef takes his time over it. Then he nods. "Thank you for saying it plainly. Plain words are easier to answer." # speaker: Sojef
The woman in the doorway smiles. "An apology," she says. "We don't get many of those from the sky." # speaker: Anij
~ baku_intro = intro_honest
~ trust(15)
~ bond(1)
~ pass_time(1)
-> artim

= cover_words
"Jean-Luc Picard, with a Federation survey team. Our people were studying the region, and there's been an accident. We've come to collect them." # speaker: Picard
"A survey," Sojef repeats carefully, as a host repeats a guest's foreign word. "Of us?" # speaker: Sojef
Beside you, Troi does not contradict you. She does not need to; you can feel her not doing it.
~ baku_intro = intro_cover
~ strain_prime_directive()
~ loyalty(Troi, -5)
The woman in the doorway unfolds her arms. "The birds stopped nesting on the east hill last spring," she remarks to no one in particular. "Was that the survey too?" # speaker: Anij
~ trust(-10)
~ pass_time(1)
-> artim

= artim
Artim has slipped around his father and is studying your uniform with frank professional interest.
{ data_state == destroyed:
    "Where's the pale man? The one who shouted at the air and made it fall down. He gave me his hood to hold. He said he'd come back for it." # speaker: Artim
- else:
    "Is the pale man yours? The one who shouted at the air and made it fall down?" # speaker: Artim
}
* (told_truth) {data_state == destroyed} [Tell him the truth: Data is gone]
    You crouch to his height. "He can't come back for it. He was my friend, and he was killed today, and I am sorry." # speaker: Picard
    Artim looks at you steadily. Then he goes to his father, stands very close to him, and takes hold of a fold of Sojef's sleeve.
* (kept_hood) {data_state == destroyed} [Tell him Data will not be coming back]
    "He won't be coming back, I'm afraid. Keep the hood safe for him." # speaker: Picard
    "I will." Artim considers. "He'd want it folded. He folded everything." # speaker: Artim
    Over the boy's head, Sojef is watching your face, and you have the feeling that he has understood what you did not say.
* (said_friend) {data_state != destroyed} [Tell him Data is your friend, and safe now]
    "He is. He's my friend, and he's safe now." # speaker: Picard
    "Good. He was nice. He let me hold his hood." Artim frowns. "He said sorry to the air before he shot it. Is that a thing you do?" # speaker: Artim
* (said_unwell) {data_state != destroyed} [Tell him Data was unwell, and is being cared for]
    "He was unwell. We're looking after him." # speaker: Picard
    "He didn't seem unwell," Artim says, with the confidence of an expert. "He seemed angry. But polite." # speaker: Artim
- -> walk_with_anij

= walk_with_anij
Sojef leads you toward a long low house across the square{baku_intro == intro_cover:, talking easily about the harvest and asking you nothing at all}. The woman from the doorway falls into step beside you, unhurried.
"Anij," she says, by way of introduction{baku_intro == intro_cover:. Then, with a sidelong look, "Surveyor."|.} # speaker: Anij
{ runs_completed > 0:
    She watches you take in the square. "You look at our village as if you were checking it against something," she says. "An old letter. Or a dream you had once and mislaid." # speaker: Anij
}
{ echo_orchard_mother:
    At the orchard wall beyond the last house, an old woman stands quite still, watching the sky where the Son'a ship hangs, the way someone watches a road for a traveller long overdue. You do not know why the sight of her catches at you.
}
* (asked_how) [Ask her how the Ba'ku knew they were watched]
    "You knew someone was on that hill." # speaker: Picard
    "{baku_intro == intro_cover:You heard me tell you, surveyor." Then she relents. "|We didn't know. We noticed. }The grass on the east hill began to grow in straight lines, as if someone had measured it. We thought the hill might be unwell, so we left it alone. That's usually what a thing wants, when it hides." # speaker: Anij
* (asked_work) [Ask her what her work is in the village]
    "What do you do here, Anij?" # speaker: Picard
    { baku_intro == intro_cover:
        "I notice things. For instance: you stand like someone who gives orders for a living, your dark-eyed friend is unhappy with you, and your doctor has never surveyed anything in her life." # speaker: Anij
    - else:
        "I notice things. Someone has to." She considers you. "Today I noticed that you walk as if you were late for something, and you aren't." # speaker: Anij
    }
* (walked_silent) [Walk beside her without speaking]
    You walk beside her and say nothing, and let the sound of the water fill the space where talk would go.
    At the door of the long house she nods to you, once. "Good," she says. # speaker: Anij
- -> observers_house

= observers_house
The long house smells of woodsmoke and herbs. Six officers in grey observation suits stand up too fast from their soup, knocking over a bench. One has her wrist splinted in linen.
"Lieutenant Hessan, sir. All accounted for." She glances at Sojef. "They've been very kind. We weren't sure we were allowed to say so." # speaker: Hessan
Crusher is already scanning the splint. "Whoever set this knew their business." # speaker: Crusher
* (thanked) [Thank Sojef for sheltering them]
    "Thank you for taking care of them." # speaker: Picard
    Sojef shrugs. "They were hungry and frightened, and it was suppertime. That isn't sheltering. That's supper." # speaker: Sojef
* (asked_held) [Ask Hessan whether they were held against their will]
    "Lieutenant. Were you held here?" # speaker: Picard
    Hessan looks at Sojef, then at the soup, then helplessly back at you. "Sir, they tried to give us a goat." # speaker: Hessan
* [Ask Sojef what his people would like done now]
    "What would your people like us to do now?" # speaker: Picard
    Sojef takes the question seriously. "Take your friends home. And if anyone else is watching from our hills, ask them to come down and eat with us instead. It's easier on the grass." # speaker: Sojef
    ~ trust(5)
- {
- thanked:
    As the transporter takes you, Anij lifts a hand. "Sojef will tell everyone he didn't enjoy being thanked," she says. "He did. Come back and do it again." # speaker: Anij
- baku_intro == intro_cover:
    As the transporter takes you, Anij lifts a hand, not quite a wave. "Come back when you've finished surveying us. We'll still be here. We usually are." # speaker: Anij
- else:
    As the transporter takes you, Anij lifts a hand. "Come back," she says. "With the uniform or without it. We're not particular." # speaker: Anij
}
-> observers_returned

= straight_in
You materialise in a low whitewashed room among six people in grey observation suits who are eating soup. Several spoons stop halfway.
A broad man with a loaf under one arm stands in the doorway. He looks at you, at the light fading around you, and at the soup. "You might have knocked," he says mildly. "We have doors. We're rather proud of them." # speaker: Sojef
An observer with a splinted wrist is on her feet. "Lieutenant Hessan, sir. Six of six." She nods at the doorway. "He set this himself." # speaker: Hessan
* (apologised_sojef) [Apologise to him for the intrusion]
    "I apologise. That was discourteous of us." # speaker: Picard
    "It was," he agrees, without heat. "I'm Sojef. Will you stay for the soup? No, I see you won't." He steps aside. "Then go well." # speaker: Sojef
* [Tell the observers to prepare for transport]
    "Lieutenant, gather your people. We're leaving now." # speaker: Picard
    The man in the doorway moves the loaf to his other arm so that he can hold the door for the observers, though none of them is going to use it.
- { data_state == destroyed:
    A boy squeezes past Sojef holding something grey and neatly folded: the hood of an observation suit. "The pale man left this with me. Will you give it back to him?" # speaker: Artim
    The transporter takes you before you can answer.
- else:
    A boy's face appears at the window. "Do they always just appear and disappear?" he asks. "Like bees?" # speaker: Artim
}
~ trust(-5)
-> observers_returned

// ============================================================ the observers

=== observers_returned ===
In sickbay Crusher runs a third scan of Hessan's wrist, which is knitting faster than it has any right to.
{ village_arrival.observers_house.asked_held:
    Hessan is telling a nurse about the goat. The nurse does not believe her.
}
The youngest observer, a sunburnt ensign, steps into your path. "Ensign Tobry, sir. Something was kept out of the log. The eastern arm of the lake was off our grid, and Commander Data asked why. Twice." # speaker: Tobry
* [Ask what Data did when nobody answered]
    "And when nobody answered him?" # speaker: Picard
    "He went to look, sir. The night before it happened. He came back and didn't say a word about it, and he usually has a word about everything." # speaker: Tobry
    ~ lake_rumour = true
* [Ask who put the lake off limits]
    "Who gave the order?" # speaker: Picard
    "It came down from the admiral's staff, sir. With a seal on it." He hesitates. "A big one." # speaker: Tobry
    { evidence ? sealed_authorization:
        You have met that seal before: last night, on a survey of a few hundred farmers.
    - else:
        Dougherty mentioned a seal last night, in passing. His own.
    }
    ~ lake_rumour = true
* [Tell him to put it all in his report]
    "Put it in your report, Ensign. All of it." # speaker: Picard
    "Yes, sir." He looks relieved, and under the relief a little disappointed. # speaker: Tobry
-
{ baku_intro == intro_cover:
    -> cover_reckoning
}
{ baku_intro:
- intro_honest:
    {
    - village_arrival.walk_with_anij.walked_silent:
        Troi catches up with you in the corridor outside. "Anij liked you," she says. "She was testing you on that walk, you know. You didn't say a word, and that was the answer." # speaker: Troi
    - village_arrival.walk_with_anij.asked_how:
        Troi catches up with you in the corridor outside. "Straight lines in the grass," she says. "Anij told me too, while you were inside. I think she wanted to be sure it reached whoever was up there." # speaker: Troi
    - else:
        Troi catches up with you in the corridor outside. "Anij says you walk as if you were late for something," she says. "I told her you always do. She said that was worse." # speaker: Troi
    }
- else:
    { village_arrival.straight_in.apologised_sojef:
        Crusher catches up with you in the corridor outside. "You apologised to him, at least," she says. "I don't think that happens to him often, from people who come out of the air." # speaker: Crusher
    - else:
        Crusher catches up with you in the corridor outside. "In and out of that man's house in ninety seconds," she says. "I've made house calls I was prouder of." # speaker: Crusher
    }
}
-> onward

= cover_reckoning
Troi catches up with you in the corridor outside. "Anij knew," she says. "From your first sentence. So did Sojef, I think. They were too polite to say so." She keeps pace with you. "I'm not." # speaker: Troi
* [Tell her you would do it again]
    "Dougherty asked for discretion, and discretion protected them as much as us." # speaker: Picard
    "Perhaps, Captain." Troi stops walking, and you go on to the turbolift alone. # speaker: Troi
    ~ loyalty(Troi, -5)
* [Admit the lie sat badly with you]
    "It sat badly," you say. "It sits worse now." # speaker: Picard
    Her face softens a little. "Then tell them the truth when you can. Sooner is cheaper." # speaker: Troi
    ~ loyalty(Troi, 5)
- -> onward

= onward
{ data_state == destroyed:
    -> to_the_bridge
}
* [Go down to engineering to see Data]
    -> data_first_words

= to_the_bridge
* [Go up to the bridge]
    -> empty_station

// ============================================================ Data's first words

=== data_first_words ===
An hour later Data sits on a diagnostic bench in engineering, leads running from his temple to Geordi's console{data_state == damaged:, his left arm lying in his lap like something he has been asked to hold for someone else}. "Partial restart," Geordi says. "Enough to talk, not enough to go anywhere." # speaker: La Forge
Data's eyes open. They find Geordi first, then the room, then you.
"Captain." A pause, exactly long enough to consult a clock. "Most of the last four days are missing. I would like to know whether anyone was hurt in them." # speaker: Data
* (told_careful) [Tell him no one was seriously hurt]
    "Two observers stunned, a Son'a technician burned. No one killed." # speaker: Picard
    { data_pursuit.held_course:
        Data absorbs it. "Then I was careful. Except with your shuttle. I aimed at the hull behind the cabin, where no one sits. I would like to know whether I was accurate." # speaker: Data
    - else:
        Data absorbs it. "Then I was careful. I am glad to know that I was careful." # speaker: Data
    }
* (told_baku) [Tell him the Ba'ku took care of the observers]
    "The observers are safe. The Ba'ku fed them and set a broken wrist." # speaker: Picard
    "Yes," Data says, as though confirming something rather than learning it. "They would." # speaker: Data
- {
- sona_gunships:
    Data's eyes move to Geordi's console, where a transmission log is still open. "My shield harmonics were sent to the Son'a," he says. "At your order, Captain." # speaker: Data
    He does not ask why. He looks at the log a moment longer, then reaches over and closes it himself.
    ~ loyalty(Data, -10)
- data_pursuit.lock.spoke:
    "You said it would be known that I did not harm them," Data says. "Thank you for saying so where Geordi could hear." # speaker: Data
- shuttle_home.sat:
    "The captain sat with you the whole way home," Geordi tells him. # speaker: La Forge
    Data turns his head toward you. "I do not remember it," he says. "I would like to have." # speaker: Data
}
{
- data_pursuit.duet_resolves.sworn:
    "The log says I was recovered by unconventional means," Data adds. "Geordi will not tell me what they were. I deduce singing." # speaker: Data
- data_pursuit.duet_resolves.praised:
    "I am told Mr. Worf sang," Data adds, "and that you complimented his voice, and that it is not to be mentioned again. I would have liked to hear it with my full attention." # speaker: Data
}
-> first_question

= first_question
He waits, hands folded, for the question he can see you deciding on.
* [Ask him what he remembers]
    "What do you remember, Data?" # speaker: Picard
    "Fragments, sir. The observers' faces when the screen came down. A boy in the square who held my hood. Before that there is a gap with clean edges, like a page cut out rather than torn. I would like the page back." # speaker: Data
    { data_pursuit.keep_talking.asked_who:
        "I also remember that you asked whether I knew who you were," he adds. "I did. I find that I still do." # speaker: Data
    }
    {
    - village_arrival.artim.said_friend:
        "The boy asked after you," you tell him. "I said you were my friend." # speaker: Picard
        "Then you told him the truth," Data says. "He will have noticed. He notices a great deal." # speaker: Data
    - village_arrival.artim.said_unwell:
        "The boy asked after you," you tell him. "I said you were unwell." # speaker: Picard
        "He will not have believed you," Data says. "He struck me as an expert." # speaker: Data
    }
    ~ loyalty(Data, 5)
* [Ask him whether he is functioning]
    "Are you functioning, Data?" # speaker: Picard
    "Within tolerances, in most respects. Several subroutines are running in an order I would not have chosen. Geordi can give you the figures.{data_pursuit.hail.ordered: You ordered me to stand down, and I declined. I would like to know which part of me did the declining.}" He waits. "Was that what you wished to know, sir?" # speaker: Data
    He asks it in the voice he keeps for duty rosters.
    ~ loyalty(Data, -5)
* [Ask him why he did it]
    "Why did you do it, Data?" # speaker: Picard
    { data_pursuit.keep_talking.asked_why:
        "You asked me that in the shuttle. My answer has not improved." # speaker: Data
    }
    "The people in the square were watched by people who were armed, and who had been told not to ask why. I cannot recall what I found. I recall deciding that it was enough." # speaker: Data
    { data_pursuit.hail.what_he_saw:
        "You asked me what I saw. I would like to be able to answer you." # speaker: Data
    }
    { data_first_words.told_baku:
        "They set a broken wrist for one of the people watching them. I think I knew that they would." # speaker: Data
    }
    "I would like to know, Captain, whether I was right." # speaker: Data
    "So would I," you say. # speaker: Picard
    He nods once and lets his head rest against the bench.
    ~ data_heard = true
    ~ loyalty(Data, 5)
- Geordi is coiling leads that do not need coiling. "There's something in his logs I don't like, sir. I can chase it properly, which takes hours, or patch him tonight. Morning's soon enough to decide." # speaker: La Forge
* [Tell Data to rest]
    "Rest, Data." # speaker: Picard
    "I do not rest, sir." He closes his eyes anyway. "But I will be still, which is similar." # speaker: Data
* [Promise him you will find his missing days]
    "We'll find your missing days, Data. I promise you that." # speaker: Picard
    "Thank you, Captain. I will hold you to it." He considers. "Politely." # speaker: Data
    ~ promised_data_memory = true
    ~ loyalty(Data, 5)
- On Geordi's monitor the planet turns in its rings, and on its night side the lamps of the village come on, one by one.
-> act2

// ============================================================ without Data

=== empty_station ===
The bridge is quiet when you come up from sickbay. Someone has dimmed the operations console rather than assign anyone to it, and the night watch walks around it the way people walk around a place at a table that has been cleared.
{
- village_arrival.artim.told_truth:
    The word you used to the boy was "killed". No one on the bridge has used it yet.
- village_arrival.artim.kept_hood:
    Somewhere below, a boy is folding a grey hood for a man who will not come back for it.
}
Geordi is standing at the back of the bridge with a padd he isn't reading. He does not call you sir. "The Son'a have tractor beams on the debris field," he says. "Ru'afo's people are calling it tidying up." # speaker: La Forge
{ scout_destroyed.claimed:
    "Gallatin said 'for now,'" you say. # speaker: Picard
    "Yeah. I heard." # speaker: La Forge
}
* (sat_console) [Sit for a moment at Data's console]
    You sit. The chair is set to Data's height and posture, which is to say a little too upright for anyone else. On the display, under the duty rosters, is the last private note he logged before leaving for the survey: a reminder to himself to ask Worf, on his next visit, whether Klingon opera has comic roles.
* [Order the station left dark]
    "Leave it dark, Mr. La Forge. Until I say otherwise." # speaker: Picard
    Geordi nods slowly. "I was going to ask you for that," he says. "Thank you." It is the first thing he has said to you tonight that is not a report. # speaker: La Forge
    ~ loyalty(LaForge, 5)
* (fed_spot) [Go down to Data's quarters]
    Data's quarters are tidy to the point of reproach. His cat, Spot, is sitting in the middle of the floor, and when the door opens she looks past you into the corridor, waiting for someone else to come in. You feed her, because someone must, and for once she lets you.
- {
- fed_spot:
    When you come back to the bridge, Geordi is waiting by the turbolift. "I'll take Spot, if that's all right," he says. "She likes it warm. Engineering's warm." # speaker: La Forge
- sat_console:
    Geordi has read the note over your shoulder. "He never did get to ask Worf," he says. # speaker: La Forge
}
"Sir." It is the first time tonight Geordi has used the word. "If we're going to get anything back from that wreckage, it has to be before they finish tidying." # speaker: La Forge
-> act2
