// act1_duck_blind.ink: Act I, The Duck Blind. The Evora reception, Dougherty's call, the
// briefing, the pursuit of Data (three partners, and the Son'a gunships), the Son'a flagship,
// the Ba'ku village, the observers' return, and Data's first words. Leaves by -> act2.

// ============================================================ the reception

=== evora_reception ===
# chapter: 1 The Duck Blind
# checkpoint: chapter-1
The Evora have been a starfaring people for nineteen days, and tonight the Enterprise is telling them, formally, that they are welcome. Ten Forward is hung with their banners, long strips of beaten copper that chime whenever anyone brushes past. You have given the address twice, once in Standard and once in Evora, and at the second the ambassador folded her ears flat against her skull. You have decided to take it as delight.
It is the fourth reception in five weeks. The Federation has come through years of war, and evenings like this are what it has in place of rest. Data is missing it, on loan to a quiet cultural survey in the Briar Patch; he would have known the Evora word for enough.
{runs_completed > 0: For a breath the chiming copper sounds like water running over stone somewhere far away, and then it is only a party again.}
* [Rescue Riker from the Evora dance] -> riker_dances
* [Let Crusher steer you to the window] -> beverly
* [Ask Geordi about the gift he built them] -> geordis_gift
* [Join Troi in the one quiet corner] -> deanna

= riker_dances
Riker is third in a line of Evora dancers, bowing on every fourth beat with the concentration of a man who has been told that stopping would be a grave insult. He catches your eye mid-bow.
"Captain! They tell me the second figure belongs to the host." He bows again. "I told them you'd be honoured." # speaker: Riker
At the edge of the floor Troi raises her glass to you, which is no help at all. The ambassador has turned to watch.
* (danced) [Take the second figure, badly]
    You take your place in the line. The figure has a half-turn you get wrong twice and a bow you get very nearly right, and when the music ends the Evora hum their approval through their noses, a sound like a cello being tuned.
    "Sir, that was the bravest thing I've seen you do all year," Riker murmurs. "And I watched you eat gagh." # speaker: Riker
    ~ loyalty(Riker, 5)
* (rebuked) [Remind him quietly this is a diplomatic function]
    You lean in as he straightens. "Commander. This is a diplomatic function, not shore leave." # speaker: Picard
    The grin stays where it is, but something behind it closes like a door. "Understood, sir." # speaker: Riker
    He finishes the figure alone, perfectly, and does not look your way again until the music stops.
    ~ loyalty(Riker, -5)
- -> call_comes

= beverly
Crusher takes your elbow with a physician's authority and turns you toward the viewport, where the stars make a kinder audience than the room.
"You're doing the thing with your jaw," she says. "Third hour of a reception. You look like a man counting rivets in the ceiling." She puts a glass in your hand. "When this is over, you take leave. Real leave. No padds, no dig sites, no diplomatic pouches." # speaker: Crusher
* (promised) [Promise her a real leave]
    "A week," you say. "Somewhere without a single reception." # speaker: Picard
    "I'm writing that down." She does, on the back of an Evora place card, and tucks it into your sleeve like a prescription. "Doctor's orders are binding, Jean-Luc." # speaker: Crusher
    ~ loyalty(Crusher, 5)
* (deflected) [Tell her the Evora need you more]
    "They've been flying for nineteen days, Beverly. They need to see that someone is glad of them." # speaker: Picard
    "They need to see someone who isn't asleep on his feet." # speaker: Crusher
    She lets it go, but she lets it go the way she lets go of a diagnosis: for now.
- -> call_comes

= geordis_gift
Geordi is crouched beside a plinth at the edge of the room, adjusting something the size of a teacup: a ring of fine wire hung inside a sphere of glass.
"Their first warp coil had a resonance you could practically hear, sir, if you had eyes like mine." He taps his visor. "So I built them a tuning bell that rings at the same frequency. Every time somebody strikes it, it'll sound like the day they left home." # speaker: La Forge
* (rang) [Strike the bell and listen]
    You touch the glass with a fingernail. The note is thin and bright and goes on far longer than it should, and three Evora turn toward it at once, as if someone had called their names.
    Geordi is grinning like a cadet. "Yeah," he says softly. "That's the one." # speaker: La Forge
    ~ loyalty(LaForge, 5)
* (presented) [Ask whether the ambassador has seen it]
    "Not yet. I was waiting for the right moment." # speaker: La Forge
    "This is the right moment, Mr. La Forge. She leaves at oh-six-hundred." # speaker: Picard
    He straightens, tugs his dress tunic flat and goes. You watch him explain it to her with both hands, and her ears rise slowly, the way a sail takes the wind.
- -> call_comes

= deanna
Troi has found the only corner of Ten Forward without a banner in it. She makes room for you at the rail without a word, which is its own kindness.
"The ambassador is terrified," she says after a while. "She has been since she came aboard. She thinks that if she gets one courtesy wrong, her people will be judged by it for a hundred years." She glances at you sidelong. "You're tired. It isn't the same thing, but it lives nearby." # speaker: Troi
* (admitted) [Admit that you are tired]
    "I am," you say. "Tired of speeches. I used to like them." # speaker: Picard
    "You still like them. You're tired of giving the same one." She smiles. "Go and tell her something you haven't said to anyone else tonight. It will help you both." # speaker: Troi
    ~ loyalty(Troi, 5)
* (denied) [Tell her you are perfectly well]
    "I'm perfectly well, Counselor." # speaker: Picard
    "Of course, Captain." # speaker: Troi
    She says it pleasantly and turns back to the room, and you have the distinct impression of a door being politely held open for you.
    ~ loyalty(Troi, -5)
- -> call_comes

= call_comes
{ geordis_gift.rang:
    Somewhere behind you, an Evora child strikes Geordi's bell again, and the whole room hushes to hear it out.
}
{ geordis_gift.presented:
    The ambassador has Geordi's bell cupped in both hands and will not let an aide take it from her.
}
Your comm badge chirps, too loud against the copper.
"Bridge to Captain Picard. Priority signal from Vice Admiral Dougherty, secure channel." A pause. "He says it can't wait, sir. He also says he's sorry about your party." # speaker: Bridge
{ riker_dances:
    Riker is already at your shoulder, the dance forgotten.
- else:
    Across the room, Riker has stopped dancing.
}
* (apologised) [Make your apologies to the ambassador in Evora]
    You find the ambassador and tell her, in your careful Evora, that the ship is called away. She answers with a phrase you have not learned and touches the back of your hand with two cool fingers, the way her people touch something they mean to see again.
* (delegated) [Leave the ambassador to Riker and go]
    "Number One, make our excuses. Gracefully." # speaker: Picard
    { riker_dances.rebuked:
        "Sir." # speaker: Riker
        He goes to do it without a word more, and bows to the ambassador a good deal more warmly than he has just looked at you.
    - else:
        "Gracefully is my middle name, sir." # speaker: Riker
        He is bowing to the ambassador before you reach the door.
    }
- -> dougherty_call

// ============================================================ the call

=== dougherty_call ===
You take the call in the observation lounge, still in dress uniform, with Riker and Geordi at your back. Vice Admiral Dougherty fills the screen: a decent, tired face under cropped grey hair, lit from below by consoles that are not Starfleet issue. Something very tall passes behind him on silent feet and out of the frame.
"Jean-Luc." He rubs the bridge of his nose. "Your second officer has just undone six months of work I put under my own seal. I have a recording you should see, and then a favour to ask." # speaker: Dougherty
* [Ask to see the recording]
    -> recording
* (favour_first) [Ask what the favour is before you watch]
    "The favour first, Matthew." # speaker: Picard
    "Data's schematics." He lifts a hand before you can answer. "Watch it first. Then tell me no." # speaker: Dougherty
    -> recording

= recording
The image is grainy, shot from behind a holographic screen. A village of pale stone at dusk; lamps coming on in windows; a square where children chase something that rolls. In the foreground, figures in grey hooded suits bend over instruments.
"The duck blind," Dougherty says. "A room on the hill, dressed as the hill. Six hundred Ba'ku below, and not one of them knew." # speaker: Dougherty
Data walks into the frame in the same grey suit and stops, his head turned toward something you cannot see.
Then he draws a weapon and fires into the blind's own emitters, and the hillside peels away like wet paper. Forty Ba'ku in the square look up at a room full of strangers, their consoles, and a half-finished cup of coffee.
-> questions

= questions
* (replayed) [Replay the moment before Data turns]
    You ask for it again, slowed. Data stops. Data turns his head. In the corner of the image the timestamp reads 21:14:06, and in the very next frame, 21:14:10.
    "Four seconds are missing," you say. # speaker: Picard
    "Compression. The blind's recorders were built to watch, not to broadcast." # speaker: Dougherty
    His eyes slide to something off the screen, and come back.
    -> questions
* (hurt) [Ask whether anyone was hurt]
    "Two of ours stunned, one Son'a technician with burns. Nobody dead, thank God." Dougherty hesitates. "The rest of the observers ran for the village, and the Ba'ku have them now." # speaker: Dougherty
    He says it the way people say hostages.
    -> questions
* (where) [Ask where Data is now]
    "He walked onto the Son'a landing field, took a scout ship and was off the ground before anyone thought to stop him. He's fired on two of their vessels since." Dougherty spreads his hands. "Warning shots, I'm told. Ru'afo doesn't believe in warning shots." # speaker: Dougherty
    -> questions
* [{favour_first:Tell him you have seen enough|Ask what he needs from you}]
    -> request

= request
{ favour_first:
    "You've seen it, then." Dougherty doesn't wait for an answer. "The Son'a have gunships in the Patch. Give them his shield harmonics and command overrides, and they can stop him without anybody else getting hurt." # speaker: Dougherty
- else:
    "Data's schematics," Dougherty says. "Shield harmonics, command overrides, whatever your chief engineer keeps in his desk. The Son'a have gunships in the Briar Patch. With the right numbers they can put him down without anybody else getting hurt." # speaker: Dougherty
}
"I know what he is to you," he adds. "That's why I'm asking and not requisitioning." # speaker: Dougherty
Beside you, Geordi has gone very still. Riker is watching you, not the screen.
* [Send the schematics; let the Son'a stop him]
    "Mr. La Forge. Send the admiral what he needs." # speaker: Picard
    Geordi doesn't move. "Sir, with his shield harmonics they won't need to disable him. They'll be able to..." He stops. "Aye, sir." He sends the files one at a time and reads each name aloud for the log: harmonics, overrides, core access. # speaker: La Forge
    ~ loyalty(LaForge, -10)
    ~ shift_standing(5)
    ~ sona_gunships = true
    "Thank you, Jean-Luc." Dougherty's shoulders come down an inch. "Ru'afo will have two gunships meet you at the edge of the Patch. Fly in with them. You'll want to be there when they bring him in; I know I would." # speaker: Dougherty
* [Refuse the numbers; go after Data yourself]
    "No, Matthew. Numbers like those don't come back once they're sent. Give me a shuttle and a day, and if I can't bring him home in that time, we'll talk about numbers again." # speaker: Picard
    Dougherty's smile holds, at some cost. "The Son'a are touchy partners, and this is a delicate week. I don't want a starship wandering around in it." # speaker: Dougherty
    "She'll wait at the edge of the Patch." # speaker: Picard
    He does a sum somewhere behind his eyes and doesn't like the total. "Come, then. Quietly." # speaker: Dougherty
    The screen goes dark. Geordi lets go of the chair back he has been gripping since the recording began. "Thank you, Captain." # speaker: La Forge
    ~ loyalty(LaForge, 5)
    ~ shift_standing(-5)
* [Agree to go, and ask why the survey is sealed]
    "I'll go after him myself. And perhaps you'll tell me why a survey of a few hundred farmers sits under a vice admiral's personal seal." # speaker: Picard
    { questions.replayed:
        "And why its recording is four seconds short." # speaker: Picard
    }
    The silence lasts long enough to hear the other ship humming around him. Out of the frame, the tall figure has stopped moving.
    "Because I sealed it," Dougherty says at last, pleasantly. "Six months, forty staff, one village that never noticed. Leave your ship at the edge of the Patch, Jean-Luc, come and get your officer, and leave the paperwork to me." # speaker: Dougherty
    The screen goes dark. Riker has already copied the exchange into the log under your command code. "In case anyone needs reminding who asked what," he murmurs. # speaker: Riker
    ~ gain_evidence(sealed_authorization)
    ~ shift_standing(-10)
    ~ raise_alert(5)
- -> briefing_room

// ============================================================ the briefing

=== briefing_room ===
By the time the Enterprise reaches the edge of the Briar Patch, someone has carried the last Evora banner up from Ten Forward and hung it in the observation lounge, where it chimes whenever the air cycles.
{ evora_reception.call_comes.apologised:
    The phrase the ambassador gave you at the door is still turning over in your head. Troi says it means, roughly, may the road home be shorter than the road out.
}
{ evora_reception.call_comes.delegated:
    Riker reports that the ambassador asked after you twice{evora_reception.riker_dances.rebuked:, and reports it in full sentences, without a single joke}.
}
* (schedule) [Leaf through the papers left on the table]
    Someone has left the ship's players' rehearsal schedule for H.M.S. Pinafore under a coffee cup. Data's name is pencilled beside half the parts, and in the margin, in his small exact hand, is a note: trio, second verse, still no bass.
* (window) [Watch the Briar Patch fill the viewports]
    The nebula fills the viewports like weather over a sea: violet and ochre and bruised yellow, lit from within by slow lightning. Here and there, deep in the dust, a paler violet burns steady as a lamp behind a curtain.
- The doors part for a Klingon in a uniform with a station's insignia, a travel bag over one shoulder and the look of a man who has run the last three corridors and will deny it.
"Commander Worf. My transport passed within range of your course, and I have leave. I requested to be of use." # speaker: Worf
* [Welcome him aboard like family]
    You cross the room and take his hand in both of yours. "Mr. Worf. You were missed." # speaker: Picard
    Something in his shoulders loosens by a degree, which in Worf is a great deal. "It is... good to be aboard, sir." # speaker: Worf
    ~ loyalty(Worf, 5)
* (to_work) [Put him straight to work]
    "Good. Sit down, Commander; you're just in time for the briefing." # speaker: Picard
    Worf sits, sets the bag at his feet, and looks for the first time since he came in entirely content. "Thank you, sir." # speaker: Worf
* (teased) [Tease him about inviting himself]
    "Within range, Mr. Worf? It's the Briar Patch. Nothing passes within range of it by accident." # speaker: Picard
    Riker snorts. Worf does not. "I did not invite myself. I was available." # speaker: Worf
    He takes the chair farthest from yours and sits very straight in it, and gives the joke exactly the consideration it deserves, which is none.
- { sona_gunships:
    Worf reads the incident summary in one pass and stops at a line near the end. "The Son'a have Commander Data's shield harmonics." He looks at Geordi, and then at you. "That is a great deal to hand to strangers." # speaker: Worf
    He says nothing more, which is worse.
    ~ loyalty(Worf, -5)
}
-> nebula

= nebula
{ sona_gunships:
    Geordi briefs standing, in short correct sentences, and never once looks in your direction.
- else:
    Geordi briefs the way he always does, half engineer and half tour guide, one hand sketching shapes in the air.
}
"The Briar Patch is mostly a nuisance: sensors can't see far, comms bounce. But there's one thing in there I want everybody to respect." He touches the display, and a pale violet bloom lights up between the dust lanes. "Metreon gas. Pockets of it all through the inner nebula." # speaker: La Forge
{ window:
    It is the steady light you watched from the viewport.
}
* [Let him go on]
    "Go on, Geordi." # speaker: Picard
    "It's stable. Boringly stable. Right up until it meets ionised plasma, and then the whole pocket burns at once. Not a fire, exactly. More like a cough the size of a moon." He's warming to it now{sona_gunships:, despite himself}. # speaker: La Forge
    "A shuttle venting its exhaust carelessly could set one off. A starship dragging warp plasma through a pocket on purpose could light it behind itself and leave anything following in the middle of the fire." # speaker: La Forge
    Worf leans forward for the first time. "A weapon." # speaker: Worf
    "If you were crazy enough. And had the nerve to be the one out in front." Geordi shrugs. "I'm just saying. Respect it." # speaker: La Forge
    ~ find_secret(metreon)
* [Ask him for the flight hazards only]
    "The short version, Mr. La Forge. We're pressed." # speaker: Picard
    "Short version: stay out of the purple and keep your exhaust clean." He closes the display. # speaker: La Forge
    { sona_gunships:
        He doesn't seem to mind stopping.
    - else:
        Whatever else he knows about it, he keeps.
    }
    Worf gives a small grunt of approval at the brevity.
- -> worf_plan

= worf_plan
{ to_work:
    Worf has already found the specifications of the stolen scout, and has opinions about them.
- else:
    Worf has pulled up the specifications of the stolen scout.
}
"A Son'a scout is fast and lightly shielded, and it has teeth. Data will use them well." He folds his arms. "I recommend we close at full impulse, shields at maximum, and take out his weapons before he can take out ours." # speaker: Worf
* (rebuked) [Tell him sharply that Data is not a target]
    "Mr. Worf, that is your crewmate out there, not a target drone." # speaker: Picard
    Worf's chin comes up. "I did not call him a target, Captain. I called him dangerous." # speaker: Worf
    For the rest of the briefing he answers everything put to him with "Yes, Captain," and offers nothing he is not asked for.
    ~ loyalty(Worf, -10)
* (asked) [Ask how he would take Data without firing]
    "And if I want him back without a scratch?" # speaker: Picard
    Worf considers it honestly, as you knew he would. "Then you must make him hesitate. Data hesitates only when something interests him more than the fight." He frowns. "I do not know what that would be." # speaker: Worf
    Geordi's eyes go to the rehearsal schedule on the table, and away again.
* (agreed) [Agree, but only his drive and his weapons]
    "His weapons and his drive, Mr. Worf. Nothing that would hurt him." # speaker: Picard
    "Understood." Worf nods once, the nod of a man whose plan has survived contact with his captain. # speaker: Worf
    ~ loyalty(Worf, 5)
- -> partner

= partner
"One of you flies with me," you say. "The rest keep the Enterprise at the edge of the Patch until I call her in." # speaker: Picard
{ evora_reception.riker_dances.rebuked:
    Riker says nothing. It is the first time in years you have planned an away mission without him arguing to go in your place.
- else:
    "With respect, sir, the captain shouldn't be chasing anybody in a shuttle," Riker says, in the voice of a man who knows exactly how that will land. # speaker: Riker
}
* [Take Worf: he knows how a small ship fights]
    { loyalty_worf < 55:
        "Yes, sir." # speaker: Worf
        Worf stands. Whatever he thinks of the choice, he keeps it behind his teeth, and he is out of the door before you can say more.
    - else:
        Worf is on his feet before you have finished the sentence. "I will ready the shuttle."{briefing_room.teased: He pauses at the door. "As it happens, I am available."} # speaker: Worf
    }
    ~ shuttle_partner = Worf
    ~ loyalty(Worf, 5)
* [Take Geordi: nobody knows Data better]
    { sona_gunships:
        Geordi looks at you for the first time since the call. "Good," he says. "If the Son'a want him, I'd like them to have to go through me." # speaker: La Forge
    - else:
        "I was hoping you'd say that." Geordi is already gathering padds. "I know every fault line in his head, sir. If there's a way to bring him in whole, I'll find it." # speaker: La Forge
    }
    ~ shuttle_partner = LaForge
    ~ loyalty(LaForge, 5)
* [Take Riker: he is the best pilot aboard]
    { evora_reception.riker_dances.rebuked:
        "Is that an order, sir, or an invitation?" Riker asks. Then, before you can answer, he shakes his head and half-smiles. "Never mind. I'll take it either way." # speaker: Riker
    - else:
        "Finally." Riker is already reaching for his jacket. "Somebody on this ship remembers I can fly." # speaker: Riker
    }
    ~ shuttle_partner = Riker
    ~ loyalty(Riker, 5)
- {
- shuttle_partner == Riker:
    Troi takes the bridge. She does it with a small, private smile, as though she has been waiting years to sit in that chair without anyone asking her how it feels.
- evora_reception.riker_dances.rebuked:
    Riker takes the bridge without comment, and you feel the lack of one all the way to the shuttle bay.
- else:
    Riker takes the bridge. "Bring him home, sir," he says, and means both of you. # speaker: Riker
}
-> data_pursuit

// ============================================================ the pursuit

=== data_pursuit ===
The Briar Patch takes the stars away one at a time, and the shuttle's sensors give distances the way a tired man gives directions.
{ sona_gunships:
    Two Son'a gunships fall in on either side of you, long and pale as bone.
}
{ shuttle_partner:
- Worf: Worf sits at tactical as if the console had insulted his family, and watches everything at once.
- LaForge: Geordi has the transporter controls open beside the sensors and is talking to both of them under his breath.
- Riker: Riker flies with two fingers, the way other people drive on an empty road{evora_reception.riker_dances.danced:, humming the Evora dance}.
}
Then the planet comes out of the murk, blue and green and ringed with light, and something small and fast lifts off its night side and turns toward you.
* (hailed) [Hail Data]
    -> hail
* (held_course) [Hold course and let him come to you]
    You hold the shuttle steady and wait. The scout comes in low and fast, and this time there is no warning: a bolt scores the port hull behind the cabin, the lights stutter, and an alarm starts up and will not be argued with. Then the scout turns and runs for the rings.
    -> engaged

= hail
"Data. This is the captain." # speaker: Picard
A pause, and then his voice, entirely his own, which is the worst of it. "Captain Picard. I would prefer that you did not follow me. I do not wish to damage your shuttle. I will, if it becomes necessary." # speaker: Data
* (what_he_saw) [Ask him what he saw down there]
    "Data, what did you see?" # speaker: Picard
    "They are not armed, Captain. The observers are." A pause the length of a thought. "I would ask you to consider why that was thought necessary." # speaker: Data
    The channel closes.
* (ordered) [Order him to stand down]
    "Commander Data, you will stand down and return with us. That is an order." # speaker: Picard
    "I understand the order, sir. I am not able to follow it at present." # speaker: Data
    The channel closes, as courteously as a door.
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
The lead gunship opens a channel without asking. "Captain Picard. Gallatin." The voice is clipped and dry, a soldier reading from a list he did not write. "Your engineer's numbers are good. We have a firing solution on the android's power core." # speaker: Gallatin
A beat. "The Admiral says the decision is yours. The Admiral did not say for how long." # speaker: Gallatin
* [Tell Gallatin to fire # near: paradise-at-a-price]
    -> scout_destroyed
* (held) [Order him to hold fire]
    "Hold your fire, Gallatin. He comes home in one piece." # speaker: Picard
    "Holding. My orders are to keep him from the flagship. If he turns toward it, I will not ask you again." # speaker: Gallatin
* (herded) [Ask Gallatin to cut off Data's escape instead]
    "Don't fire. Cut him off from the rings and drive him back toward us." # speaker: Picard
    The gunships peel away wide and low and close the gaps one by one, until Data has a single way out: a ring shadow too narrow for a gunship. He takes it without slowing, and comes out of it much closer to you.
    "He flies as if he does not want to kill anyone," Gallatin says, almost puzzled. "Is he always so careful?" # speaker: Gallatin
- -> partner_route

// ---- with Worf

= with_worf
Data flies the stolen scout the way he plays the violin: correctly, and then, when nobody expects it, beautifully. He puts a bolt through the space you were about to occupy and is gone before Worf's targeting can settle.
"He is better at this than I am," Worf says. It visibly costs him. "But he is not trying to kill us. He is herding us away from the planet." # speaker: Worf
{ briefing_room.worf_plan.asked:
    "You asked me how to make him hesitate," he adds. "I still do not know." # speaker: Worf
}
* [Ask Worf to target the scout's drive]
    -> worf_fires
* [Remember the rehearsals before he went down]
    -> rehearsal

= rehearsal
You remember the corridor outside the ready room in the week before Data left for the survey. His voice ran the same bright phrase of Gilbert and Sullivan over and over, and stopped each time at the same bar, where the other voices should have come in. He would wait there, head tilted, for a harmony that never arrived, and then begin again.
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
Worf holds out his hand for the score and reads it once, lips pressed, one finger tracking the line. Then he hums the bass part back to you under his breath, from memory and in tune.
"It is underwritten," he says. "I will manage." # speaker: Worf
* [Open a channel to the scout]
    -> duet

= worf_refuses
{ briefing_room.worf_plan.rebuked:
    "No, sir." Worf turns back to his console and checks a reading he has already checked. "Tonight you told me my judgement was not wanted. I will not also make a fool of myself on an open channel." # speaker: Worf
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
    Worf, who refused you a minute ago, has watched you do it anyway. Something shifts in his face: a warrior watching another walk into the fire alone.
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
You take a breath and start the phrase again. Halfway through the second bar a bass comes in beneath you, low and grim and exactly in tune, and Worf does not look at you once while he sings it.
* [Keep singing]
    -> duet_resolves

= duet
You open the channel to the scout and begin.
You are no singer, and a shuttle cabin is no concert hall. For four bars there is only you: a starship captain singing light opera into a nebula. Then Worf comes in underneath, a bass like a bulkhead taking strain, every note placed as carefully as a demolition charge.
The scout's next bolt does not come.
* [Keep singing]
    -> duet_resolves

= duet_resolves
The scout drifts out of the ring shadow and hangs there, turning slowly toward you like a head tilting. At the bar where the phrase always broke off in the corridor, a third voice arrives over the comm, exactly on pitch, as if it had been waiting a week for its cue.
Data sings the passage through to its end. In the silence after it his voice comes again, puzzled and polite. "Captain. I believe I have lost track of what I was doing." # speaker: Data
The scout's shields drop. Worf has a tractor beam on it before the sentence is finished, and Data lets it hold him. Ten minutes later he steps through the docking hatch on his own feet.
~ worf_sang = true
~ loyalty(Data, 15)
~ pass_time(1)
Worf closes the score on his console with one finger, as if it might go off. "Captain. If this is entered in the log..." # speaker: Worf
* (sworn) [Promise him it will be worded discreetly]
    "The log will say that Commander Data was recovered by unconventional means." # speaker: Picard
    Worf considers the phrase from several sides. "Unconventional," he says at last, "is acceptable." # speaker: Worf
* (praised) [Tell him he has a remarkable voice]
    "Mr. Worf, you have a remarkable voice." # speaker: Picard
    He looks at you for a long moment, as though deciding whether this is an attack. "Thank you," he says finally, in a tone that closes the subject for the rest of his natural life. # speaker: Worf
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
The shot takes the drive housing cleanly. The scout tumbles down in a long spiral to an empty ridge far from the village. When you land beside it, Data is sitting in the open hatch with his left arm hanging wrong and a seam of silver showing at his temple.
"That was proportionate," he says. Then, after a moment: "I would not have chosen it." # speaker: Data
~ data_state = damaged
~ loyalty(Data, -5)
~ pass_time(1)
Worf goes out with a phaser he does not need. Data walks to the shuttle on his own, a little crooked.
-> shuttle_home

// ---- with La Forge

= with_laforge
Data takes the scout through the ring shadows in a long, unhurried curve, always just out of reach, like a swimmer pacing a boat.
"I can beam him out of that cockpit into our aft compartment," Geordi says, eyes on the transporter board. "Not through his shields, though. I need them down, or at least blinking." # speaker: La Forge
"And once he's here, there's a shutdown sequence only Data and I know. He gave it to me years ago, the way you'd give a friend a spare key." # speaker: La Forge
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
In the viewport the scout turns, unhurried, and you have the odd impression that Data is waiting to see what you will try next.
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
    "Why expose them, Data? Why last night?" # speaker: Picard
    "Because last night I understood what they were there to watch for. I do not, at present, remember what it was. I remember that it was sufficient." # speaker: Data
* (asked_who) [Ask him whether he knows who you are]
    "Data, do you know who I am?" # speaker: Picard
    "You are Captain Jean-Luc Picard. You take your tea at fifteen hundred hours, and you dislike being asked if you would like another cup." A pause. "I am not confused, sir. I am decided." # speaker: Data
- "Got him," Geordi says. # speaker: La Forge
-> lock

= into_the_fire
You take the helm off the autopilot and put the shuttle squarely in the scout's line of fire.
"Sir..." Geordi begins. # speaker: La Forge
The first bolt shears a sensor pod off the starboard nacelle. The second never comes. At this range Data can hold his shields against Geordi's lock or drop them to fire into a cabin with you in it, not both, and he has been waiting for you to get out of the way. You don't.
"He won't fire into the cabin," you say. # speaker: Picard
"He just fired into the nacelle!" Geordi's hands are moving anyway, and when the scout's shields thin for a shot that never comes, the lock takes. # speaker: La Forge
-> lock

= lock
The transporter whines. In the aft compartment a column of light resolves into Data, in the grey suit of the duck blind with its hood gone, one hand raised toward a console that is no longer there. He looks around the shuttle once, taking in the room, the exits, and you.
Geordi steps between you and him, says six quiet words you do not catch, and reaches for the small of Data's back.
* [Let Geordi finish it at once]
    Data's eyes find Geordi's, and for a moment something passes between them that you are not part of. Then Data simply stops, upright, like a clock someone has gently put a hand on.
* (spoke) [Speak to Data before Geordi does]
    "Data. Wait." # speaker: Picard
    Data's head turns toward you. "Captain. I did not harm them. I would like that to be known." # speaker: Data
    "It will be." # speaker: Picard
    "Thank you." # speaker: Data
    He looks at Geordi and then, very deliberately, turns his back to him. Geordi's hand finds the switch, and Data goes still.
- ~ loyalty(Data, 10)
{ sona_gunships:
    Geordi keeps a hand on Data's shoulder all the way back. "They'd have killed him," he says once, to nobody. "With my numbers." # speaker: La Forge
- else:
    Geordi lowers Data onto the bench and straps him in with more care than the regulations ask for. "Hang on, buddy," he says. "We'll figure it out." # speaker: La Forge
}
-> shuttle_home

// ---- with Riker

= with_riker
{ evora_reception.riker_dances.rebuked:
    Riker flies without a word of banter, which is how you know he is still thinking about the dance floor.
- else:
    "He's good," Riker says with real admiration, as the scout slips between two ring shadows and vanishes. "Who taught him to fly like that?" # speaker: Riker
    "You did, Number One." # speaker: Picard
    "Remind me to stop." # speaker: Riker
}
"Phasers on his drive," Riker says. "One clean shot and he's a glider. The trick is getting him to hold still long enough to take it." # speaker: Riker
* (picard_guns) [Let Riker fly; take the weapons yourself]
    You slide into the tactical seat.
    { evora_reception.riker_dances.rebuked:
        "Sir," is all Riker says, and leans into the turn. # speaker: Riker
    - else:
        Riker grins at the viewport. "Just like old times, sir. Try not to hit the planet." # speaker: Riker
    }
* (riker_guns) [Take the helm; give Riker the weapons]
    You take the helm. Riker moves to tactical and cracks his knuckles, a thing you have asked him not to do on the bridge for eleven years.
- -> gas_pocket

= gas_pocket
The scout leads you in toward the inner nebula, where the dust thickens into walls. Off the port bow a pale violet bloom hangs in the murk.
{ secrets ? metreon:
    "Geordi's gas," Riker says. "One spark and it goes up, and Data knows that better than we do. He won't go near it." He grins slowly. "Which makes it a wall." # speaker: Riker
- else:
    "Geordi's gas," Riker says. "He said stay out of the purple. He didn't say why." He eyes it. "Drive Data into that and his sensors go blind for ten seconds. That's all we'd need." # speaker: Riker
}
* (walled) {secrets ? metreon} [Pin him against the gas: he won't go in]
    "Use it. Keep him between us and the violet." # speaker: Picard
    Riker works the scout into the corner of the pocket like a sheepdog, and Data, who will not touch the gas, has nowhere left to turn but slowly. "Remind me to thank Geordi," Riker says. "And to save this for somebody we don't like." # speaker: Riker
* {secrets !? metreon} [Drive him through the gas]
    -> through_the_gas
* [Stay in open space and wait for a clean shot]
    "Stay out of it. Open space. We wait for our shot." # speaker: Picard
    "Waiting's the hard part," Riker says. "Fine. I'll be patient at him." # speaker: Riker
- -> riker_shot

= through_the_gas
"Do it." # speaker: Picard
{ with_riker.picard_guns:
    Riker drops the shuttle under the scout and pushes.
- else:
    You drop the shuttle under the scout and push.
}
Data slides into the violet to avoid you, exactly as planned, and for two seconds it works.
Then the scout's exhaust touches the gas, and the whole pocket goes up at once: not a flame but a single white cough the size of a moon. The shockwave throws the shuttle end over end. When the stars stop turning, the scout is tumbling out of the far side of the glare with its drive housing glowing, and Riker is staring at the place where the gas used to be.
"Well," he says at last. "Now we know why." # speaker: Riker
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
The beam takes the drive housing, and the scout goes from a ship to a falling thing in a heartbeat. You follow it down to a hillside of scrub and grey rock, far from the village, where it has ploughed a furrow fifty metres long.
Data is standing beside the wreck, his left arm hanging wrong, a seam of silver open at his temple. "That was a good shot," he tells you, like a man making a note. "I will not compliment it further." # speaker: Data
~ data_state = damaged
~ loyalty(Data, -5)
~ pass_time(1)
{ evora_reception.riker_dances.rebuked:
    Riker covers him with a phaser on the walk to the shuttle and says nothing at all.
- else:
    "You're under arrest, I suppose," Riker tells him. "Don't take it personally." # speaker: Riker
    "I will try not to, Commander," Data says. "I find that I am taking several things personally today." # speaker: Data
}
-> shuttle_home

// ============================================================ the pursuit's ends

// Act I C4: only when the Son'a gunships fly with the shuttle (I A1).
=== scout_destroyed ===
"Fire," you tell Gallatin. # speaker: Picard
The gunships fire once each. The two lines of light meet on the scout's hull precisely where Geordi's numbers said they would, and the little ship does not so much explode as come apart, quietly, its pieces turning away from one another into the murk like seeds off a dandelion clock.
There is no distress call and no last transmission. Data would not have wasted the bandwidth.
{ shuttle_partner:
- Worf: Worf stands up from tactical, and then sits down again. "He was a warrior," he says. "He should have been given a warrior's chance." # speaker: Worf
- LaForge: Geordi takes his hands off the transporter board, which has been holding a lock on nothing for three seconds. "With my numbers," he says, almost conversationally, and then nothing more. # speaker: La Forge
- Riker: "Permission to take us home, sir." # speaker: Riker
}
{ shuttle_partner == Riker:
    Riker's voice is perfectly level and perfectly formal, a voice you have not heard him use since the day he first came aboard.
}
On the open channel to the Enterprise, nobody says anything at all.
~ loyalty(Data, -100)
~ data_state = destroyed
~ loyalty_all(-10)
~ shift_standing(5)
"Clean work, Captain," Gallatin says. "Our people will collect the debris. Standard procedure." # speaker: Gallatin
* (claimed) [Tell him the debris is Starfleet's, and to leave it]
    "That debris is Starfleet property, and it was my officer. Leave it where it lies." # speaker: Picard
    "As you wish." A pause just long enough to be noticed. "For now." # speaker: Gallatin
* [Close the channel without answering]
    You close the channel. The gunships wheel away toward the planet, and the debris goes on turning in the dark, catching the light from the rings each time it comes round.
- -> sona_flagship

=== shuttle_home ===
{
- data_state == damaged:
    Data sits strapped to the aft bench, his ruined arm across his knees. On the climb to orbit he has asked, very politely, for permission to shut himself down, and has done so.
- shuttle_partner == Worf:
    Data lies on the aft bench, switched off at his own polite request, his hands folded on his chest by someone who thought he might prefer it.
}
{ data_pursuit.gunships.held or data_pursuit.gunships.herded:
    "You brought him in alive, Captain," Gallatin says as the gunships peel away. "The Admiral will be pleased. Ru'afo will be..." He searches for the word. "Interested." # speaker: Gallatin
}
* (sat) [Sit beside Data for the flight home]
    You sit beside him on the bench. With his eyes closed he looks like a man dozing on a long train journey. {shuttle_partner == Worf:Worf, at the helm, leaves you both alone and flies very smoothly.}{shuttle_partner == LaForge:Geordi glances back now and then, and each time seems reassured.}{shuttle_partner == Riker:Riker flies without his usual commentary, and once, when the shuttle bucks, he reaches back without looking to steady Data's shoulder.}
* (logged) [Record the log entry while it is fresh]
    You dictate it plainly: the time, the place, the method, no casualties. {worf_sang:You describe the method as unconventional.} Read back, the whole night sounds much smaller than it was.
- With Data aboard, Dougherty clears the Enterprise to come in, and she is in orbit when you dock. His message is waiting: you are expected aboard the Son'a flagship within the hour, with your counselor, because Ru'afo likes to be understood.
* (dressed) [Change back into dress uniform first]
    You change. Troi, meeting you at the transporter, looks at the collar and says nothing, which means she approves.
* (unchanged) [Go as you are, nebula dust and all]
    You go as you are. Troi, meeting you at the transporter, brushes a streak of grey dust from your shoulder and then, on reflection, leaves the rest.{evora_reception.beverly.promised: You find you have moved Beverly's place card from your dress sleeve to your tunic pocket.}
- -> sona_flagship

// ============================================================ the Son'a flagship

=== sona_flagship ===
The Son'a flagship is a jewel box built for giants: high corridors of pale lacquer, flattering light, air scented with resin and something sharper beneath, like a clinic pretending to be a garden. Servants in plain grey line the reception hall and do not look up.
{
- sona_gunships:
    Dougherty meets you with both hands out. "Jean-Luc. I owe you one, and I know it." # speaker: Dougherty
    He seems to stand taller than he did on the screen, a man with one fewer problem.
- evidence ? sealed_authorization:
    Dougherty shakes your hand a beat too long, and his eyes are careful. "You put your question about the seal in your log. I read your logs, Jean-Luc. Everybody does." # speaker: Dougherty
    He lets go, and smiles as if the matter were closed.
- else:
    "You cost me an hour of Ru'afo's temper," Dougherty says, shaking your hand, "and I'd pay it again. It's good to see you." # speaker: Dougherty
}
{ data_state:
- destroyed:
    "I'm sorry about your officer," he adds, more quietly. "You did a hard thing well." # speaker: Dougherty
- damaged:
    "And you got him back," he adds. "A little dented, I hear, but back." # speaker: Dougherty
- else:
    "And you got him back in one piece," he adds. "I won't ask how." # speaker: Dougherty
}
{ shuttle_home.logged:
    "Your log was a model of brevity. 'No casualties.' I sent it up the line word for word." # speaker: Dougherty
}
* [Ask Troi quietly what she senses from him]
    -> troi_aside
* [Follow Dougherty without a word]
    -> follow_him

= troi_aside
You let Dougherty walk a few steps ahead. {evora_reception.deanna.denied:Troi waits to be asked, and only then answers, in her most professional voice.|Troi answers before you have finished asking.}
"He's uneasy. Not about you." She watches his back. "It's the feeling of someone who has signed something he hasn't finished reading, and keeps meaning to." # speaker: Troi
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
Dougherty leads you into a round room of soft light and hard instruments. Ru'afo lies on an inclined couch at its centre, his face drawn out toward a ring of emitters by filaments as fine as spider silk, the skin pulled smooth and shining like sailcloth pegged out to dry.
"Captain Picard." The voice is rich and amused, and comes from a mouth that cannot move very much. "You find me at my maintenance. Come in; the machines don't mind being watched, and neither do I." # speaker: Ru'afo
{ shuttle_home.dressed:
    His eyes travel over your dress uniform. "And you dressed for me. How very rare." # speaker: Ru'afo
- else:
    His nostrils widen slightly. "You came straight from the hunt. I can smell the nebula on you." # speaker: Ru'afo
}
* (bowed) [Return his greeting with a courtier's bow]
    You bow, exactly as deeply as a guest should to a host, and not a degree further. Ru'afo's eyes, the only part of him free to move, follow the bow down and back up with evident pleasure.
    "Manners," he says. "You cannot imagine how rare they have become out here." # speaker: Ru'afo
* (asked_treatment) [Ask what the treatment is for]
    "Forgive me. What is the treatment for?" # speaker: Picard
    "For time, Captain." His eyes glitter. "Every morning my face forgets a little more of what it was, and every afternoon these remind it. It is tedious. Being forgotten would be worse." # speaker: Ru'afo
* {echo_face_chamber} [Look longer at the couch and its filaments # echo]
    You cannot look away from the couch: the angle of it, the ring of emitters, the way the filaments gather at the throat. A cold certainty touches the back of your neck that you have seen this room before, and that something in it ended badly.
    The officer at the foot of the couch notices you looking. For a moment, oddly, he looks at it too.
- -> measure

= measure
{ sona_gunships:
    At the foot of the couch stands Gallatin, whose voice you last heard offering you a firing solution; in person he has a soldier's stillness.
- else:
    At the foot of the couch stands an officer with a soldier's stillness: Gallatin, Ru'afo's second.
} An Ellora steward, small and grey-skinned, moves among them with a steaming tray and never lifts his eyes.
{ data_state == destroyed:
    "Your android," Ru'afo says. "A great pity. Beautiful work, I'm told. I prefer to see beautiful work before it is broken." # speaker: Ru'afo
- else:
    { sona_gunships && worf_sang:
        "Gallatin tells me you sang to your android." The filaments quiver; he may be laughing. "I should like to have heard that." # speaker: Ru'afo
    - else:
        { data_state == damaged:
            "You shot my scout out of the sky to catch your android. Efficient. I shall send the Federation the bill." # speaker: Ru'afo
        - else:
            "You caught your android without putting another mark on my scout. I am almost grateful." # speaker: Ru'afo
        }
    }
}
Ru'afo lifts a hand, and the attendants draw the filaments away one by one. He sits up, his new face glossy and already, at the corners of the mouth, very slightly beginning to give. "Dine with me, Captain. I have had a meal prepared that would once have cost a small war." # speaker: Ru'afo
* [Accept his dinner and play the gracious guest]
    -> dinner
* [Ask about his treatments, and the people who serve him]
    -> probe
* [Keep to formalities and take your leave]
    -> cold

= dinner
The dinner is long, lovely and faintly exhausting. There are nine courses, each served by a different Tarlac servant, and each arrives with a story from Ru'afo about the world it came from and what that world was persuaded to part with. He is a superb host: attentive, funny, curious about your archaeology, and never once still.
At the ninth course he raises his glass to you and waits.
* [Toast his hospitality]
    "To our host, and to a table I shall not forget." # speaker: Picard
    Ru'afo is delighted, the pure, childlike delight of a vain man praised in the right words. "You, I like," he tells Dougherty, as if you were not there. "Send me more like him." # speaker: Ru'afo
* (toast_mission) [Toast the success of the mission]
    "To the mission, and to its success." # speaker: Picard
    "To the mission," Ru'afo echoes, and drinks. "And to time, Captain, of which I intend us all to have a great deal more." # speaker: Ru'afo
    Dougherty laughs a fraction too quickly, and drinks too.
- ~ ruafo_measure = ruafo_courted
~ raise_alert(-5)
~ pass_time(1)
-> walk_back

= probe
"May I ask how long a treatment holds?" # speaker: Picard
"Days, if I am fortunate. Hours, lately." Ru'afo touches the corner of his mouth, where the new skin has begun to slacken. "{chamber.asked_treatment:Twice now you have asked about my face. }My surgeons are curious too, Captain. I pay them for it." # speaker: Ru'afo
The steward has come to your elbow with his tray.
* (asked_service) [Ask the steward how long he has served aboard]
    You take a cup and ask him, as you would ask anyone who had poured your tea, how long he has served on this ship.
    The tray stops moving. Then, perhaps because nobody has asked him anything in years, he answers.
    "Since my world settled its debts, Captain. I was part of the settlement." # speaker: Eshen
* (asked_home) [Ask the steward where his people come from]
    You take a cup and ask him where his people come from.
    The tray stops moving. Then, perhaps because nobody has asked him anything in years, he answers.
    "Ellora, Captain. The Son'a charts call it the Fourth Tributary now." # speaker: Eshen
-
"Eshen." Ru'afo does not raise his voice. He does not need to. "Out." # speaker: Ru'afo
* (held_gaze) [Hold Ru'afo's gaze]
    You keep your eyes on Ru'afo. Then his smile returns all at once, bright and complete, like a lamp switched on in an empty room.
* (watched_eshen) [Watch Eshen as he goes]
    You watch the steward go. At the door he glances back, once, and his eyes meet yours for exactly as long as it takes to remember a face.
- "We do not interview the furniture, Captain," Ru'afo says lightly. "It only encourages it." # speaker: Ru'afo
Gallatin has taken a single step forward and stopped, as if he had meant to follow the steward, or to stop him, and could not decide which. Troi's hand has closed on your forearm, hard enough to hurt.
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
He waves a hand, and the attendants lower him back onto the couch and begin, tenderly, to reattach the filaments. You are dismissed, and you have dismissed yourself, and only Dougherty seems to mind which came first.
~ ruafo_measure = ruafo_snubbed
~ shift_standing(-5)
-> walk_back

= walk_back
Dougherty walks you back to the transporter hall himself, a hand on your shoulder.
{ ruafo_measure:
- ruafo_snubbed:
    "You might have stayed for the soup, Jean-Luc. He'll make me pay for that, one course at a time." # speaker: Dougherty
- ruafo_probed:
    "What were you doing in there?" He says it mildly, but he has stopped walking. "{probe.held_gaze:And nobody holds his eye. Nobody.|And don't go looking for that steward again. You'll do him no favours.} He remembers everything." # speaker: Dougherty
- else:
    { dinner.toast_mission:
        "You toasted the mission. In front of him." Dougherty says it lightly and does not smile. "He'll quote that back to me for a month, and he'll say it was your idea." # speaker: Dougherty
    - else:
        "You were magnificent. I don't know how you sit through those. I've had forty of them and I still count the courses." # speaker: Dougherty
    }
}
"Now. The observers." He lowers his voice. "The Ba'ku don't know who we are or why we were watching them, and I'd like it kept that way as far as it can be. Bring our people up quietly. Tell the Ba'ku whatever you need to." # speaker: Dougherty
* {troi_read_dougherty} [Ask what he has signed and not finished reading]
    "Matthew. What have you signed that you haven't finished reading?" # speaker: Picard
    He laughs, and then stops, and the hand comes off your shoulder. "Orders, Jean-Luc. The same as you. Some of them are longer than others." # speaker: Dougherty
    For the rest of the walk he talks about the Son'a's cuisine, quickly and in detail.
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
Crusher is waiting in the transporter room when you and Troi step down, a medkit over her shoulder and the look of someone who has been told nothing useful for two hours.
{ evora_reception.beverly.promised:
    She taps {shuttle_home.unchanged:the pocket of your duty tunic|your sleeve}, where the Evora place card still sits. "This doesn't count as leave, by the way." # speaker: Crusher
}
{ evora_reception.beverly.deflected:
    She looks you over once, clinically. "Did you sleep?" You did not. She adds a line to the note she started at the reception. # speaker: Crusher
}
{ sona_flagship.walk_back.own_way:
    "Dougherty called while you were in transit. He wanted to know whether I knew what your own way was going to be." She shrugs. "I told him I never do." # speaker: Crusher
}
"Six observers, all stranded among people who didn't know they existed until last night," she says. "Where do you want to set down?" # speaker: Crusher
* [Beam down to the village square, and walk in]
    "The square. We'll walk in through the front door, like guests." # speaker: Picard
    Crusher nods, as if it were the answer she had been hoping for.
    -> square
* [Beam straight to the observers and straight out]
    "Straight to the observers' coordinates. In and out. The less we disturb the village, the better." # speaker: Picard
    Crusher raises an eyebrow. "You want to beam into somebody's house uninvited." # speaker: Crusher
    "I want to leave as small a mark as I can." # speaker: Picard
    ~ baku_intro = intro_skipped
    -> straight_in

= square
You materialise where the road turns to flagstones. The village smells of bread and wet stone. Water runs in narrow channels beside every path, turning a little wheel here and filling a trough there; somewhere a loom clacks, and a woman laughs three streets away, and you hear her perfectly, because there is no hum of engines to hide her.
{runs_completed > 0:The well stands exactly where you expected it to be, though you could not say why you expected anything.}
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
Sojef turns this over the way a farmer turns a stone to see what lives under it. Then he nods. "Thank you for saying it plainly. Plain words are easier to answer." # speaker: Sojef
The woman in the doorway smiles. "An apology," she says. "We don't get many of those from the sky." # speaker: Anij
~ baku_intro = intro_honest
~ trust(15)
~ bond(1)
~ pass_time(1)
-> artim

= cover_words
"Jean-Luc Picard, with a Federation survey team. Our people were studying the region, and there's been an accident. We've come to collect them." # speaker: Picard
"A survey." Sojef repeats it the way a polite host repeats a guest's foreign word. "Of us?" # speaker: Sojef
Beside you, Troi has gone very still. She does not contradict you. She does not need to; you can feel her not doing it.
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
    "Where's the pale man?" he asks. "The one who shouted at the air and made it fall down. He gave me his hood to hold. He said he'd come back for it." # speaker: Artim
- else:
    "Is the pale man yours?" he asks. "The one who shouted at the air and made it fall down?" # speaker: Artim
}
* (told_truth) {data_state == destroyed} [Tell him the truth: Data is gone]
    You crouch to his height. "He can't come back for it. He was my friend, and he was killed today, and I am sorry." # speaker: Picard
    Artim looks at you steadily. Then he goes to his father, stands very close to him, and takes hold of a fold of Sojef's sleeve.
* (kept_hood) {data_state == destroyed} [Tell him Data will not be coming back]
    "He won't be coming back, I'm afraid. Keep the hood safe for him." # speaker: Picard
    "I will." Artim considers. "He'd want it folded. He folded everything." # speaker: Artim
    Over the boy's head, Sojef is watching your face, and you have the feeling that he has understood exactly what you did not say.
* (said_friend) {data_state != destroyed} [Tell him Data is your friend, and safe now]
    "He is. He's my friend, and he's safe now." # speaker: Picard
    "Good. He was nice. He let me hold his hood." Artim frowns. "He said sorry to the air before he shot it. Is that a thing you do?" # speaker: Artim
* (said_unwell) {data_state != destroyed} [Tell him Data was unwell, and is being cared for]
    "He was unwell. We're looking after him." # speaker: Picard
    "He didn't seem unwell," Artim says, with the confidence of an expert. "He seemed angry. But polite." # speaker: Artim
- -> walk_with_anij

= walk_with_anij
Sojef leads you toward a long low house across the square{baku_intro == intro_cover:, talking easily about the harvest and asking you nothing at all}. The woman from the doorway falls into step beside you, unhurried, as though she had always meant to be going this way.
"Anij," she says, by way of introduction{baku_intro == intro_cover:. Then, with a sidelong look, "Surveyor."|.} # speaker: Anij
{ runs_completed > 0:
    She watches you take in the square. "You look at our village as if you were checking it against something," she says. "An old letter. Or a dream you had once and mislaid." # speaker: Anij
}
{ echo_orchard_mother:
    At the orchard wall beyond the last house, an old woman stands quite still, watching the sky where the Son'a ship hangs, the way someone watches a road for a traveller long overdue. You do not know why the sight of her catches at you.
}
* (asked_how) [Ask her how the Ba'ku knew they were watched]
    "You knew someone was on that hill." # speaker: Picard
    { baku_intro == intro_cover:
        "You heard me tell you, surveyor." Then she relents. "The grass on the east hill began to grow in straight lines, as if someone had measured it. We thought the hill might be unwell." # speaker: Anij
    - else:
        "We didn't know. We noticed. The birds left the east hill, and the grass there began to grow in straight lines, as if someone had measured it. We thought the hill might be unwell." # speaker: Anij
    }
    She shrugs. "So we left it alone. It seemed to want to be left alone. That's usually what a thing wants, when it hides." # speaker: Anij
* (asked_work) [Ask her what her work is in the village]
    "What do you do here, Anij?" # speaker: Picard
    { baku_intro == intro_cover:
        "I notice things. For instance: you stand as if you give orders for a living, your dark-eyed friend is unhappy with you, and your doctor has never surveyed anything in her life." # speaker: Anij
    - else:
        "I notice things. Someone has to." She considers you. "Today I noticed that you walk as if you were late for something, and you aren't." # speaker: Anij
    }
* (walked_silent) [Walk beside her without speaking]
    You walk beside her and say nothing, and let the sound of the water fill the space where talk would go.
    At the door of the long house she nods to you, once. "Good," she says. # speaker: Anij
- -> observers_house

= observers_house
The long house is cool and smells of woodsmoke and herbs. Six Starfleet officers in grey observation suits sit at a scrubbed table over bowls of soup, as guilty as schoolchildren caught in an orchard. One has her wrist bound in linen against a carved wooden splint.
She scrambles to her feet. "Lieutenant Hessan, sir. We're all accounted for. They've been..." She glances at Sojef. "Very kind." # speaker: Hessan
Crusher is already running a tricorder over the splinted wrist. "Whoever set this knew exactly what they were doing," she says, surprised. # speaker: Crusher
* (thanked) [Thank Sojef for sheltering them]
    "Thank you for taking care of them." # speaker: Picard
    Sojef shrugs. "They were hungry and frightened, and it was suppertime. That isn't sheltering. That's supper." # speaker: Sojef
* (asked_held) [Ask Hessan whether they were held against their will]
    "Lieutenant. Were you held here?" # speaker: Picard
    Hessan looks at Sojef, then at the soup, then helplessly back at you. "Sir, they tried to give us a goat." # speaker: Hessan
* [Ask Sojef what his people would like done now]
    "What would your people like us to do now?" # speaker: Picard
    Sojef considers the question as if it were rarer than it ought to be. "Take your friends home. And if anyone else is watching from our hills, ask them to come down and eat with us instead. It's easier on the grass." # speaker: Sojef
    He looks at you a moment longer, like a man weighing grain in his palm.
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
An observer with one wrist splinted in linen scrambles up. "Lieutenant Hessan, sir. We're all accounted for. They've been..." She glances at the doorway. "Very kind." # speaker: Hessan
* (apologised_sojef) [Apologise to him for the intrusion]
    "I apologise. That was discourteous of us." # speaker: Picard
    "It was," he agrees, without heat. "I'm Sojef. Will you stay for the soup? No, I see you won't." He steps aside. "Then go well." # speaker: Sojef
* [Tell the observers to prepare for transport]
    "Lieutenant, gather your people. We're leaving now." # speaker: Picard
    The man in the doorway watches the observers scramble, and moves the loaf to his other arm so that he can hold the door for them, though no one is going to use it. A boy's face appears at the window. "Do they always just appear and disappear?" he asks. "Like bees?" # speaker: Artim
- { data_state == destroyed:
    The boy holds up something grey and neatly folded: a hood from an observation suit. "The pale man left this with me. Will you give it back to him?" # speaker: Artim
    The transporter takes you before you can answer.
- else:
    Through the doorway, across the square, a woman sits on a low wall with her eyes closed, as though all this were happening somewhere else. She opens them as the transporter takes you, and looks straight at you.
}
~ trust(-5)
-> observers_returned

// ============================================================ the observers

=== observers_returned ===
{ village_arrival.observers_house.asked_held:
    Across sickbay, Hessan is telling a nurse about the goat. The nurse does not believe her.
}
In sickbay the youngest observer, an ensign with a sunburnt nose, steps into your path. "Sir. Ensign Tobry. Something isn't in the official log, because we were told to leave it out." He swallows. "The eastern arm of the lake was off our grid. We weren't to point a sensor at it. Commander Data asked why. Twice." # speaker: Tobry
* [Ask what Data did when nobody answered]
    "And when nobody answered him?" # speaker: Picard
    "He went to look, sir. The night before it happened. He came back and didn't say anything about it, which isn't like him. He usually says something about everything." # speaker: Tobry
    ~ lake_rumour = true
* [Ask who put the lake off limits]
    "Who gave the order?" # speaker: Picard
    "It came down from the admiral's staff, sir. With a seal on it." He hesitates. "A big one." # speaker: Tobry
    { evidence ? sealed_authorization:
        You have met that seal before: last night, on a survey of a few hundred farmers.
    }
    ~ lake_rumour = true
* [Tell him to put it all in his report]
    "Put it in your report, Ensign. All of it." # speaker: Picard
    "Yes, sir." He looks relieved, and under the relief a little disappointed, as if he had hoped you would ask him more. # speaker: Tobry
- Behind you, Crusher frowns at her tricorder: Hessan's wrist is knitting faster than it has any right to. She runs the scan a third time.
{ baku_intro == intro_cover:
    -> cover_reckoning
}
{ baku_intro:
- intro_honest:
    {
    - village_arrival.walk_with_anij.walked_silent:
        Troi catches up with you in the corridor outside. "Anij liked you," she says. "She was testing you on that walk, you know. You didn't say a word, and that was the answer." # speaker: Troi
    - village_arrival.walk_with_anij.asked_how:
        Troi catches up with you in the corridor outside. "Straight lines in the grass," she says. "Anij told me too, while you were inside. I think she wanted to be sure it reached whoever sealed that hill." # speaker: Troi
    - else:
        Troi catches up with you in the corridor outside. "Anij says you walk as if you were late for something," she says. "I told her you always do. She said that was worse." # speaker: Troi
    }
- else:
    { village_arrival.straight_in.apologised_sojef:
        Crusher catches up with you in the corridor outside. "You apologised to him, at least," she says. "He looked as if it didn't happen to him often, from people who come out of the air." # speaker: Crusher
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
    -> empty_station
}
-> data_first_words

// ============================================================ Data's first words

=== data_first_words ===
In engineering an hour later, Data sits on a diagnostic bench with a dozen leads running from his temple to Geordi's console. {data_state == damaged:His left arm lies in his lap like something he has been asked to hold for someone else.} "Partial restart," Geordi says. "Enough to talk, not enough to go anywhere." # speaker: La Forge
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
- { sona_gunships:
    Data's eyes move to Geordi's console, where a transmission log is still open, and stay there. "My shield harmonics were sent to the Son'a," he says. "At your order, Captain." # speaker: Data
    He does not ask why. He looks at the log a moment longer, then reaches over and closes it himself.
    ~ loyalty(Data, -10)
}
{
- data_pursuit.duet_resolves.sworn:
    "The log says I was recovered by unconventional means," Data adds. "Geordi will not tell me what they were. I deduce singing." # speaker: Data
- data_pursuit.duet_resolves.praised:
    "I am told Mr. Worf sang," Data adds, "and that you complimented his voice, and that it is not to be mentioned again. I would have liked to hear it with my full attention." # speaker: Data
}
{ shuttle_home.sat:
    "The captain sat with you the whole way home," Geordi tells him. # speaker: La Forge
    Data turns his head toward you. "I do not remember it," he says. "I would like to have." # speaker: Data
}
{ data_pursuit.lock.spoke:
    "You said it would be known that I did not harm them," Data says. "Thank you for saying so where Geordi could hear." # speaker: Data
}
-> first_question

= first_question
He waits, hands folded, for the question he can see you deciding on.
* [Ask him what he remembers]
    "What do you remember, Data?" # speaker: Picard
    "Fragments, sir. The blind. The observers' faces when the screen came down. A boy in the square who was not afraid of me, and who held my hood." He tilts his head. "Before that there is a gap with clean edges, like a page that has been cut out rather than torn. I would very much like the page back." # speaker: Data
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
    "Within tolerances, in most respects. Several subroutines are running in an order I would not have chosen. Geordi can give you the figures." {data_pursuit.hail.ordered:"You ordered me to stand down, and I declined. I would like to know which part of me did the declining." }He waits. "Was that what you wished to know, sir?" # speaker: Data
    He asks it in the voice he keeps for duty rosters.
    ~ loyalty(Data, -5)
* [Ask him why he did it]
    "Why did you do it, Data?" # speaker: Picard
    { data_pursuit.keep_talking.asked_why:
        "You asked me that in the shuttle. My answer has not improved, but I will try to give it better." # speaker: Data
    }
    "The people in the square were watched by people who were armed, and who had been told not to ask why. I cannot recall what I found. I recall deciding that it was enough." # speaker: Data
    { data_pursuit.hail.what_he_saw:
        "You asked me on the channel what I saw. I would like to be able to answer you." # speaker: Data
    }
    { data_first_words.told_baku:
        "You said they set a broken wrist for one of the people watching them. I think I knew that they would. I think it was part of the reason." # speaker: Data
    }
    "I would like to know, Captain, whether I was right." # speaker: Data
    "So would I," you say. # speaker: Picard
    Data nods once, and lets his head rest back against the bench.
    ~ data_heard = true
    ~ loyalty(Data, 5)
- Geordi is coiling leads, a man who needs something to do with his hands. "There's something in his logs I don't like, sir. I can run it down properly, but it'll take hours. Or I can patch him tonight and chase the rest later. Morning's soon enough to decide." # speaker: La Forge
* [Tell Data to rest]
    "Rest, Data." # speaker: Picard
    "I do not rest, sir." He closes his eyes anyway. "But I will be still, which is similar." # speaker: Data
* [Promise him you will find the missing page]
    "We'll find your missing days, Data. I promise you that." # speaker: Picard
    "Thank you, Captain. I will hold you to it." He considers. "Politely." # speaker: Data
    ~ promised_data_memory = true
    ~ loyalty(Data, 5)
- Above you, the planet turns in its bright rings, and somewhere on it a village is lighting its lamps without the least idea of how many people are watching it now.
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
    You sit. The chair is set exactly to Data's height and posture, which is to say a little too upright for anyone else. On the display, under the duty rosters, is the last private note he logged before leaving for the survey: a reminder to himself to ask Worf, on his next visit, whether Klingon opera has comic roles.
* [Order the station left dark for now]
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
