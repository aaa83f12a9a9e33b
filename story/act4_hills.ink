// act4_hills.ink: Act IV, The Hills (chapter 4).
// Defense route: night_evacuation, worfs_targets, the_march, drone_tags, artim_and_data,
// captured_trooper, field_clinic, kelbonite_caves, cave_in, sona_landing, with Riker's run
// told between them (interlude_pursuit, interlude_subspace_tear, interlude_metreon).
// Obey route (IV-O): tagging_supervision, holoship_transfer, datas_objection,
// sojef_on_the_holodeck. Every path leaves by -> act5.
// The whole act is one night: dusk in the village, the caves before dawn, the Son'a at first light.
// Head counts: act4_baku_left() is 600 - baku_taken - act4_baku_dead; every villager taken
// in this act goes through act4_take() or act4_tag(), so no take is larger than who is there.

=== act4 ===
# chapter: 4 The Hills
# checkpoint: chapter-4
{command == obeying:The transfer begins at dusk, to a schedule you have read three times and initialled once.|Dusk comes to the village slowly, the way it always does, and tonight nobody has the patience for it.}
// Timing (bible, Act IV): tagging starts at hour 10, or 8 if the Son'a were already watching
// closely. Every hour past the start has cost a hundred villagers, up to three hundred.
~ act4_tag_start = 10
{ sona_alert >= 60:
    ~ act4_tag_start = 8
}
~ act4_tagged_early = act4_take(clamp(hours - act4_tag_start, 0, 3) * 100)
{ command == obeying:
    -> tagging_supervision
}
-> night_evacuation


// A covert Picard whose cover breaks (sona_alert reaches 60) hears from Dougherty once.
=== act4_cover_check ===
{ command == covert && covert_discovered && not cover_blown:
    -> cover_blown
}
->->
= cover_blown
Your communicator chirps on the command frequency you were told to keep open.
+ [Answer it]
-
"Jean-Luc." Dougherty sounds less angry than tired, like a man reading a bill he expected. "The Son'a have you on a sensor sweep, {the_march:walking at the head of the whole village|standing at the well with the whole village around you}. Tell me there's a reading I'm missing." # speaker: Dougherty
* [Tell him there is nothing missing]
    "There isn't, Matthew. You're reading it correctly." # speaker: Picard
    A long breath on the channel, and then, oddly, no argument. "All right," he says. "All right." The channel closes from his end. # speaker: Dougherty
    ~ doubt(1)
* [Close the channel without a word]
    You close it. Whatever he says next, he says to the static, and you walk on in a uniform that no longer hides anything.
-
->->


=== night_evacuation ===
~ pass_time(1)
-> act4_cover_check ->
{ command:
- resigned:
    There are no pips at your collar tonight. Of the whole village, only Artim notices, and he asks whether you have lost them.
- mutinous:
    You are still captain of the Enterprise, and the Enterprise is running for the edge of the nebula against orders. Down here that buys you a lantern and a list of names.
- covert:
    { covert_discovered:
        The uniform was supposed to keep Dougherty believing you were standing by at the observation post. Now it only makes you easy to find in the dark.
    - else:
        As far as Admiral Dougherty knows, you are standing by at the observation post. The uniform is what lets him go on believing it.
    }
- relieved:
    Will Riker has your ship. You have a borrowed coat, a tricorder nobody signed out to you, and {LIST_COUNT(planet_team) == 0:no one at all beside you|{LIST_COUNT(planet_team) == 1:one officer who chose to follow|{act4_num(LIST_COUNT(planet_team))} officers who chose to follow}}.
- else:
    You cross the square with the last of the light behind you.
}
{
- act4_tagged_early >= 200:
    The drones came before you did. By the time you reach the well, {act4_num(act4_tagged_early)} of the six hundred are already gone: whole lanes of open doors on lit rooms, a basket of beans set down on a step and never picked up. # near: the-empty-village
- act4_tagged_early > 0:
    The drones came before you did. By the time you reach the well, {act4_num(act4_tagged_early)} of the six hundred are already gone: a door open on a lit room, a basket of beans set down on a step and never picked up.
- else:
    Nothing has come yet. The sky above the rings is clear, and somewhere behind it the Son'a are still counting.
}
+ [Go to the well]
-
{
- baku_trust >= 60:
    Sojef is waiting at the well. He has already sent runners to the far houses; he only wants to know which path.
- baku_trust >= 40:
    Sojef is waiting at the well with his hands clasped behind him, and he hears you all the way to the end before he agrees to anything. Then he agrees.
- else:
    Sojef is waiting at the well, and he does not pretend to be glad of it. "Some of us will come," he says. "Some of us have been warned by strangers before, and the strangers were wrong." # speaker: Sojef
}
{ baku_warning:
- warned_everything:
    At the top of the lane a knot of young people stand looking down at the lake, where you told them the ship lies, as if it might come up to meet them.
- warned_hills:
    Nobody at the well asks you why. You can see the question on every face in the lamplight, and you can see them holding it back, because you asked them to.
- warned_phasers:
    Word of what you offered at the fire has gone round the lanes ahead of you. As you reach the well, two mothers call their children in from it.
- warned_asked:
    The council's decision has gone round the village ahead of you. People are packing as if for a long walk they chose themselves, because they did.
}
Someone has set an open field kit on the rim of the well: tricorders, a medical pouch, two phasers in their clips. {prime_directive == breached:Sojef's eyes go to the phasers and stay there. Whatever trust there is between you tonight, it does not extend to those.}
* [Take a phaser and clip it to your belt]
    ~ act4_armed = true
    The weight settles at your hip. {~Sojef watches you do it and says nothing at all.|Artim, at his father's elbow, watches the phaser the way children watch a fire.}
* [Close the kit on the phasers]
    You close the lid and fasten it. {baku_trust >= 40 && baku_trust < 60:Sojef's hands come out from behind his back and rest, open, on the rim of the well.|Sojef sets his hands, open, on the rim of the well beside the closed kit.} It is a small thing, and in this village small things are counted.
    ~ trust(5)
- The village has to move tonight, all of it, and half of it is still at supper.
* [Ring the meeting bell]
    The bell carries across the fields and, you suspect, a fair way into the sky. Doors open up and down the lane, and the square fills faster than you would have thought possible.
    ~ raise_alert(5)
* [Go door to door with Sojef]
    It is slower. At each door Sojef says a few words and you say fewer. Nobody asks either of you to repeat them. Somewhere behind you, at a door you have not reached yet, transporter light flickers and is gone.
    ~ trust(5)
    ~ act4_take(10)
* {on_planet(Troi)} [Ask Deanna to find the frightened ones first]
    Troi closes her eyes for a moment at the edge of the square, then opens them and points. "The house with the blue shutters. And the old man by the mill. He's decided he's too tired to be afraid, which is worse." # speaker: Troi
    She is already moving. As she passes she touches your arm, the way she does when she is glad to have been asked rather than told.
    ~ trust(5)
    ~ loyalty(Troi, 5)
-
{ baku_trust < 40:
    -> refusals
}
Nobody stays behind. Lamps go out house by house, and the lane fills with people carrying far less than you would carry, if it were your house.
-> departure

= refusals
When the column forms at the edge of the fields, some houses stay lit. Sixty people, perhaps: the ones who have outlived too many alarms to run from one more, and the ones who simply do not believe you.
* [Argue with them on their doorsteps]
    You go from door to door and say it plainly, then less plainly, then once more with your voice raised. Half of them come. The Ba'ku who watch you do it keep their distance afterwards, as if you had raised your voice at a funeral.
    ~ trust(-5)
    ~ act4_take(30)
* [Let them choose, and leave a light in each window]
    You leave them their lamps and go. An old woman at the last door thanks you, not for the warning, but for not repeating it.
    ~ trust(5)
    ~ act4_take(60)
-
-> departure

= departure
{ on_planet(Worf):
    -> worfs_targets
}
-> the_march


=== worfs_targets ===
+ [Walk out to the edge of the fields]
-
Worf finds you at the edge of the fields with a rifle across his back. The rash along his jaw has spread since morning, and he has stopped pretending not to notice it.
"Before we march, sir, I must know what I may fire on." # speaker: Worf
{ loyalty_worf < 40:
    He says "sir" as though he had set it down and not yet decided whether to pick it up again.
}
"The drones, certainly. And there is the holoship. While its emitters run, every tag sends a villager to a soft bed under the lake. Put them out, and the Son'a must use their own holds, which are small. The drones would have to tag fewer." # speaker: Worf
"Its guard is Starfleet: technicians, not soldiers. I would set to stun. Starfleet will not ask what setting." # speaker: Worf
* [Drones only. Nothing with a pulse.]
    ~ worf_targets = targets_drones
    Worf weighs it. "And if they fire on the Ba'ku?" # speaker: Worf
    ** (answer_fire) [Then you answer them, and no further]
        "Understood." He has been given a line, and a line is a thing he knows how to hold. # speaker: Worf
    ** [Then you cover the Ba'ku, and you do not answer]
        "You ask me to stand in the open and be shot at politely." # speaker: Worf
        "I ask you to be the one thing here that does not escalate." # speaker: Picard
        He does not like it, and he says so with his silence, all the way to the first bend in the path.
        ~ loyalty(Worf, -5)
* [Put out the holoship, guard and all # near: court-martial]
    ~ worf_targets = targets_technicians
    Worf nods once, as if he had expected to argue and is faintly disappointed not to. He asks Sojef for the quickest path to the lake, is given it without a word of comment, and goes alone.
    He is back before the column has finished forming, with a scorch on one sleeve. "The emitters are down. Two technicians stunned. One will need a bone set." # speaker: Worf
    You will think later about how easily the words came out of you. Starfleet will think about it too, at length, and in writing.
    ~ force_on_starfleet = true
    ~ shift_standing(-25)
    ~ loyalty(Worf, 5)
* [Whatever comes at us. Use your judgement.]
    ~ worf_targets = targets_anything
    Worf is silent a moment. "Thank you, Captain." # speaker: Worf
    {is_one_of(command, (resigned, relieved)):He has called you Captain without thinking about it, though your collar is bare.|He takes the words the way he would sign a weapon out of the armoury: to be returned clean.} He checks the rifle's charge twice.
    ~ loyalty(Worf, 5)
-
-> the_march


=== the_march ===
+ [Call Sojef over to choose the road]
-
Sojef lays out the routes with his hands instead of a map: the high pass, steep and quick and bare to the sky; the stream path, slow and sheltered; the terraces, where the orchards give cover and the paths divide. "The young could be at the caves by midnight," he says. "We will need most of the night." # speaker: Sojef
{ act4_data_here():
    "At the pace of the oldest villagers, we reach the caves shortly before dawn," Data says. "The drones will not wait that long." # speaker: Data
}
{ on_planet(Riker):
    Riker has found a walking stick somewhere and is testing it against the ground. "Whatever you pick, I'll take the back of it," he says. # speaker: Riker
}
* [One column, straight over the high pass]
    ~ march = march_column
    One column, then, up the high pass. Sojef nods; it is what he would have chosen, and he says so, which you suspect is a courtesy.
* [Small groups, by different paths]
    ~ march = march_groups
    {
    - on_planet(Troi) && loyalty_troi >= 60:
        "I'll take the terrace path," Troi says before you can ask. "The families with small children. They'll go quieter if someone is listening to them." # speaker: Troi
        You let her go. The groups break apart at the mill like water finding three channels, and hers is the quietest.
        ~ act4_tag(30)
    - on_planet(Troi):
        You turn to Troi. She meets your eyes and shakes her head, not unkindly. "I'd be leading them on your word, Jean-Luc. Tonight I'm not sure how much of it I have." # speaker: Troi
        So the groups go without her, led by villagers who know the paths and not the drones. Some of them will not get there.
        ~ act4_tag(90)
    - else:
        The groups go off led by villagers who know the paths better than you, and the drones no better than anyone. Some of them will not get there.
        ~ act4_tag(90)
    }
* {act4_armed || on_planet(Worf) || on_planet(Riker) || act4_data_here()} [Make a stand at the ridge and bring the drones down]
    ~ march = march_stand
    You pick the ridge above the stream path: a long slope of scree where anything flying in has to come in low. The village goes on ahead, and you stay behind with {LIST_COUNT(planet_team) > 0:the others and }whatever can be aimed.
    It costs an hour and it makes a great deal of noise. Every drone that falls on the scree is a light on somebody's screen in orbit.
    ~ act4_tag(20)
    ~ raise_alert(15)
    ~ pass_time(1)
-
-> act4_cover_check ->
{ march == march_stand:
    An hour later you catch the column up where the stream path leaves the fields, your ears still ringing. Behind you the village is a handful of dark roofs and one mill wheel still turning, because no one thought to stop it.
- else:
    The path climbs out of the fields. Behind you the village is a handful of dark roofs and one mill wheel still turning, because no one thought to stop it.
}
* [Walk beside Anij]
    Anij falls into step without looking at you, as though you had arranged it days ago. "You walk like a man who expects to be late," she says. # speaker: Anij
    "I generally am, lately." # speaker: Picard
    "Then... slow down? Just a little." She does not explain, and after a while you do, a little, and the path does not seem any longer for it. # speaker: Anij
    ~ bond(1)
* [Walk at the head with Sojef]
    You walk at the head with Sojef, matching his stride, which is longer than it looks. He names every turn as you reach it, for the people behind. Twice he asks your opinion, and both times he takes it.
    ~ trust(5)
* (rear) [Take the rear, with the slowest]
    You drop back to the end of the line, where the old walk with the very young and everybody carries somebody's bundle. An old man named Hessa tells you, at some length, what the hills were like before the last great storm. It was a hundred and forty years ago. He remembers the weather of every day of it.
-
{ march == march_column:
    The high pass is steep and open, and the column does not stop. Twice, on the bare slope, transporter light flickers somewhere down the line, and each time the line is a little shorter. { the_march.rear: Because you are at the back, you see who falls behind, and you carry a pack or an arm up the steepest stretch.| You are too far ahead to see who falls behind.} By the top, {the_march.rear:one of the oldest has|two of the oldest have} sat down beside the path and not got up again.
    ~ act4_tag(60)
    { the_march.rear:
        ~ act4_baku_die(1)
    - else:
        ~ act4_baku_die(2)
    }
}
{ command == relieved:
    Once, from the high ground, you look up and find the Enterprise among the slow lights overhead, holding station beside the Son'a ships, exactly where Dougherty wants her. Will has kept her safe.
}
-> drone_tags


=== drone_tags ===
+ [Climb on through the dark]
-
~ pass_time(1)
-> act4_cover_check ->
{march == march_stand:The drones come back with full dark, more of them than ever fell on the scree: a dozen skimming the slope in a loose net, each carrying a rack of darts no longer than a finger.|The drones {act4_tagged_early > 0:come back|come} with full dark: smaller than you pictured and quicker, a dozen of them skimming the slope in a loose net, each carrying a rack of darts no longer than a finger.}
A dart strikes a woman at the edge of the path. It clings to her sleeve and begins to pulse, softly, like something breathing. She has time to look down at it, and then the transporter takes her.
{ worf_targets == targets_technicians:
    With the holoship's emitters dark, every tag now ends in a Son'a hold, and the holds are filling. The drones fire less often than their numbers promise, and more carefully.
}
+ [Watch where the net is heading]
-
-> act4_shuttle_memory ->
The nearest drone banks toward the stream, where a dozen children have stopped to drink.
* {act4_armed} [Shoot it down yourself]
    The phaser bucks once. The drone comes apart over the water in a shower of sparks, and the others swing toward the flash. The children run. Every one of them reaches the trees.
    ~ raise_alert(5)
* [Get the children under the trees]
    ~ temp gone = act4_tag(10)
    You shout, and the children scatter. Most of them reach the trees; the drone takes two. Along the rest of the slope, while you were shouting, the net has taken others: {act4_num(gone)} in all by the time it moves on.
* {act4_data_here()} [Ask Data how the drones find their marks]
    "Motion and heat contrast, Captain," Data says at once. "They are tuned for a walking figure against cold ground. A still one, under cover, is only a rock." # speaker: Data
    "Everyone down. Nobody move." # speaker: Picard
    The children drop flat into the ferns. The drone passes over them twice, hunting, and goes away empty.
* {on_planet(LaForge)} [Ask Geordi what he can make of them]
    Geordi squints into the dark, and you remember, with a small jolt, that he is squinting with his own eyes. "They're reading heat. Anybody moving stands out like a lamp. Get 'em flat and still and they're just more ground." # speaker: La Forge
    "Everyone down. Nobody move." # speaker: Picard
    The children drop into the ferns. The drone passes over twice, and goes away empty.
-
Vaen the potter is running past you with a pot under each arm, which he has carried all the way from the village and will not say why, when a dart takes him between the shoulder blades. You are three steps away. The tag begins to pulse.
* (tore_tag) [Tear the tag off with your bare hand]
    It is hot, far hotter than it looks, and it does not want to let go. Then it does, with a sound like a seam ripping. You fling it into the stream, where it hisses and goes dark. Vaen stares at you. Your palm is already blistering.
    ~ trust(5)
* [Tell him what is happening, so he isn't afraid]
    You take his shoulders and tell him quickly and exactly: a transporter, {worf_targets == targets_technicians:a Son'a ship's hold|{evidence ? holoship:a ship under the lake dressed as his own village|a Son'a ship}}, alive where he lands. He nods as though you had given him directions to a neighbour's house. Then he is light, and then he is gone, and his two pots stand upright on the path where he set them down to listen to you.
    ~ trust(5)
    ~ act4_take(1)
-
{ on_planet(Worf) && (worf_targets == targets_anything || loyalty_worf < 40):
    -> worf_fires
}
-> onward

= worf_fires
Behind the drones, on foot, a Son'a patrol comes over the ridge: four troopers in silver, rifles slung, in no hurry. They expect a village, not a fight.
{ worf_targets == targets_anything:
    Worf does not ask. You gave him leave, and he uses it: three shots, three flashes along the ridge. Two troopers fall. The other two haul them back over the crest, and within the minute two more drones come over the ridge and turn toward the place the shots came from.
    ~ add_casualties(2)
    ~ raise_alert(15)
    -> onward
}
You gave him no such leave. He fires anyway: three shots, fast and very accurate. Two of the troopers go down and do not get up. The other two drag them back over the crest.
The Ba'ku nearest to him have stopped walking.
~ worf_fired_unbidden = true
~ add_casualties(2)
~ raise_alert(15)
* (took_rifle) [Take the rifle out of his hands]
    Worf lets you. He does not resist at all: he only opens his hands and watches you take it, as if he had been waiting to learn what you would do. "As you wish." # speaker: Worf
    He walks on unarmed, and for the next two hours he does not speak to you once.
    ~ loyalty(Worf, -10)
* [Ask him why]
    "They were coming for the children," he says. # speaker: Worf
    "They were coming for everyone. They were not shooting yet." # speaker: Picard
    "Yet," Worf says, and nothing else. He does not apologise. He does not fire again, either. # speaker: Worf
* [Say nothing until the column is safe]
    You say nothing. Worf takes it as the answer he wanted, and the Ba'ku who saw take it as the answer they feared.
    ~ loyalty(Worf, 5)
    ~ trust(-5)
-
-> onward

= onward
-> act4_cover_check ->
{ act4_has_run():
    -> to_interlude_pursuit
}
-> act4_midday

= to_interlude_pursuit
+ [Look up past the drones, for the ship]
-
-> interlude_pursuit


// The shuttle flight of Act I, remembered when the drones come (reads worf_sang, shuttle_partner).
=== act4_shuttle_memory ===
{
- on_planet(Worf) && worf_sang:
    -> sang
- on_planet(Worf) && shuttle_partner ? Worf:
    Worf tracks the lead drone along the ridge. "Simpler than the shuttle," he says. "These do not shoot back." # speaker: Worf
- on_planet(LaForge) && shuttle_partner ? LaForge:
    "Hear that?" Geordi tilts his head at a drone banking overhead. "The whine climbs just before it fires. Data's scout ship did the same thing. Back then I could see the carrier build." He listens to the next one go over. "Now I've got to wait for it, like everybody else." # speaker: La Forge
- on_planet(Riker) && shuttle_partner ? Riker:
    "Last time I chased something this small across a sky," Riker says, "it was Data in a scout ship, and you were telling me not to hit him." # speaker: Riker
- LIST_COUNT(shuttle_partner) > 0 && not on_planet(shuttle_partner) && not (shuttle_partner ? Data):
    The whine of them puts you back in the shuttle for a moment, {act4_name(shuttle_partner)} at the controls and Data's scout ship filling the window. {act4_name(shuttle_partner)} is somewhere beyond the cloud now, and you find you would give a good deal for that steady pair of hands down here.
}
->->

= sang
Worf tracks the lead drone along the ridge with his rifle, and under his breath, so quietly you nearly miss it, he is keeping time. You know the tune. You sang it with him in a shuttle, at an android who was trying to shoot you down.
Artim, crouched at his elbow, hears it too. "What's that song?" # speaker: Artim
"There is no song." # speaker: Worf
* [Tell Artim about the shuttle]
    You tell him in four sentences. Artim is delighted out of all proportion and begs Worf to sing it properly, now, with the drones coming. Worf's ears go dark. But the children within earshot are laughing, and for a minute they have forgotten to be afraid.
    ~ trust(5)
* [Leave Worf his dignity]
    "There is no song," you agree. The rifle steadies. At the next bend he falls into step half a pace behind your shoulder, where a bodyguard walks.
    ~ loyalty(Worf, 5)
-
->->


=== act4_midday ===
{ act4_data_here():
    -> artim_and_data
}
-> captured_trooper


=== artim_and_data ===
+ [Follow the streambed up into the rocks]
-
Near midnight the village is strung out along a dry streambed under an overhang of red rock, resting by ringlight because the oldest cannot go on without it.
Data sits on a flat stone with Artim beside him, {data_state == damaged:his left knee clicking faintly each time he shifts, a fault he has declined to let anyone look at|perfectly still, which Artim seems to regard as a challenge}.
"Captain." Data rises. "The drones are directed from a single relay, I believe in the high valley to the west. If I trace their carrier signal to its source, I can jam it. That would mean leaving the children." # speaker: Data
He does not look at Artim as he says it. Artim looks at nothing else.
* [Keep Data with the children]
    -> stays
* [Send him to trace the drones and jam them]
    -> hunts
* {loyalty_data >= 50} [Ask Data where he thinks he should be]
    -> decides

= stays
"Stay with them, Data. The relay will still be there in the morning. These children might not be." # speaker: Picard
"Yes, sir." He sits back down. Artim shuffles a hand's breadth closer to him along the stone, as though to make sure of it. # speaker: Data
-> play

= decides
"You know the drones, and you know these children. Where should you be?" # speaker: Picard
Data considers it for nearly two seconds, which for him is a long silence. "Jamming the relay would save more people. I have checked the figure twice. I find the figure does not settle the question. Artim asked me this evening to stay near him. No one has asked me that before, in quite that way." # speaker: Data
"Then stay." # speaker: Picard
"Thank you, sir." He sits down beside the boy as though the stone had been keeping his place. # speaker: Data
~ data_volunteers = true
~ loyalty(Data, 10)
+ [Leave them to it]
-
-> play

= hunts
~ pass_time(1)
"Go. Jam it." # speaker: Picard
Data goes west along the ridge at a pace no one else could keep{data_state == damaged:, the knee clicking all the way}.
+ [Watch him out of sight]
-
An hour later the drones begin to wander, sweeping empty slopes, firing at rocks. On the slopes still ahead of you, fewer people will vanish tonight than would have.
~ take_baku(-40)
{ on_planet(Worf) && loyalty_worf >= 50:
    -> covered
}
Artim tries to follow him. He is fast and small and halfway up the slope before anyone sees. The dart takes him on the sleeve. He turns and holds his arm up to show you, the way a child shows off a beetle he has caught, and then the transporter takes him too.
Sojef does not cry out. He walks up the slope to the place where his son was and stands there.
~ artim_tagged = true
~ act4_take(1)
~ trust(-10)
* [Go up the slope to Sojef]
    You go and stand beside him. He lets you. After a while he says, "They will keep him alive. They want all of us alive; we are no use to them any other way." He turns his hands over and looks at them, as if they had let go of something. # speaker: Sojef
    You stand with him until the column moves. When it does, he walks beside you instead of ahead.
    ~ trust(5)
* [Tell Data, over the comm]
    The channel is silent for long enough that you check it is still open. "I will finish the task, Captain," Data says. "Then I would like to find him. Thank you for telling me yourself, and at once." # speaker: Data
    The channel clicks shut.
    ~ loyalty(Data, 5)
-
-> captured_trooper

= covered
Artim tries to follow him. He is fast and small and halfway up the slope before anyone sees, and a drone sees him first. Worf sees it second. He covers the last ten metres in a way no one his size should be able to.
{ drone_tags.took_rifle:
    He has no rifle to put between them; you took it. He puts his bare forearm there instead. The dart bites into it and begins to pulse, and Worf tears it out with his other hand before it can finish, and crushes it, and does not look at the burn.
- else:
    The dart meant for the boy strikes the stock of his rifle instead, pulsing uselessly in the wood until he prises it out with his thumb and crushes it.
}
Artim stares up at him as if he had just been shown a mountain. Sojef, reaching them, takes Worf's hand in both of his and holds it a moment longer than Worf knows what to do with.
~ trust(5)
-> captured_trooper_from_hunt

= captured_trooper_from_hunt
-> captured_trooper

= play
Artim has a game. It is called, as far as you can tell, Stones: two players sit facing each other, and the first to move loses. He explains the rules to Data three times, with growing suspicion.
Data wins the first round in forty seconds, when Artim sneezes. He wins the second and the third. Artim narrows his eyes and announces a new rule: you may try to make the other player move, any way you like, except by touching.
* [Join the game]
    You sit down on the next stone. Artim adds you to the game without comment, as though you had been expected. You last eleven seconds against an itch on the back of your neck, and the Ba'ku children watching shriek as if it were the best joke of the year.
    ~ trust(5)
* [Keep watch, and let them play]
    You stand at the edge of the overhang with an eye on the sky, and listen. Behind you Artim is pulling faces, making noises, telling Data increasingly elaborate lies about a snake.
-
Data does not move. He will not move until sunrise, if that is what the rules require. Artim begins to understand this, and his face begins to fall.
Then Data tips, very slightly, to the left, as if a breeze had caught him.
"You moved!" Artim is on his feet. "You lost! You moved on purpose!" # speaker: Artim
* [Ask Data why he moved]
    Later, when Artim has gone to tell everyone, you ask him. Data takes the question seriously, as he takes all of them.
    "I could have won indefinitely, sir." He appears to consider whether that is an answer, and to decide that it is not the whole of one. "I would like to remember this." # speaker: Data
    { promised_data_memory:
        {evidence ? data_memory:"You found four days for me once, because you had promised to," he adds. "I would prefer not to trouble you for this one."|"I have already lost four days that you promised to find," he adds. "I should not like this evening to be the fifth."} # speaker: Data
    }
    ~ loyalty(Data, 5)
* [Say nothing, and let Artim ask]
    Artim asks for you. He asks the way children ask, loudly and at once: why, why did you, you could have won. # speaker: Artim
    "A breeze," Data tells him. # speaker: Data
    Artim considers this with great seriousness, decides that it is a lie of the best kind, and sits back down on his stone to start again.
-
~ find_secret(artim_play)
-> captured_trooper


=== captured_trooper ===
+ [Follow the path down into the gully]
-
-> act4_cover_check ->
In the small hours you find a Son'a at the bottom of a gully: silver armour, a leg bent the wrong way, a gash along the ribs, and a face pulled so tight by surgery that it looks lacquered.
{worf_targets == targets_anything || worf_fired_unbidden:He was one of the two who dragged the fallen back over the ridge. Somewhere on the scree in the dark, with a dead man across his shoulders, he fell, and the last of the patrol went on without him.|He came down the scree in the dark after a drone that fell, and the scree came down with him. His own people have not come back for him.}
+ [Climb down to him]
-
He gives his name as if it were a rank. Ro'vek.
He looks past you, up the gully, at the hills the Ba'ku are climbing, and the tight skin round his eyes pulls, as if at a smile the surgery no longer allows. "The cold spring," he says. "Under the three stones. Still running?" # speaker: Ro'vek
Anij, beside you, goes still. "No one has called it that in a hundred years," she says quietly. # speaker: Anij
Sojef says nothing at all. He looks at the trooper as if at a word in his own language that he had forgotten he knew.
{ echo_sona_genome:
    You have the oddest sense, looking at that face, of having already seen what lies beneath it, on a small screen, in someone else's hands.
}
+ [Crouch beside him]
-
Up close he smells of scorched cloth and scree dust. His rifle is gone, and his wrist unit blinks green under the torn sleeve.
* {on_planet(Crusher)} [Have Beverly treat his wounds]
    -> treated
* {not on_planet(Crusher)} [Dress his wounds yourself]
    -> treated
* [Question him about the collector]
    -> questioned
* [Hold him in the open, where the drones can see him]
    -> shield

= treated
~ rovek = rovek_treated
~ pass_time(1)
~ turn_gallatin(1)
{ on_planet(Crusher):
    -> treated_by_crusher
}
-> treated_by_hand

= treated_by_crusher
Beverly is already climbing down into the gully. She splints the leg with two branches and a strap of her own pack, closes the gash, and runs a scanner over him out of pure habit, the way she runs one over everyone.
Then she runs it again. "Jean-Luc. Come and look at this." # speaker: Crusher
Under the grafts and the stretching, the cells on her screen are not Son'a. They are Ba'ku, the same markers she has been logging in the village for days. "He's one of them," she says. "Or he was." # speaker: Crusher
Ro'vek turns his face to the rock.
~ find_secret(sona_genome)
* [Show Sojef the scan]
    You bring Sojef over. "His cells are yours," Beverly tells him, and holds out the screen. "Ba'ku. Under all of that." # speaker: Crusher
    Sojef does not look at the screen. He looks at Ro'vek, and his hands close slowly on each other. "Some of our young ones left," he says. "A long time ago. We do not speak of it often." It is more than he has ever told you, and he knows it. # speaker: Sojef
    ~ trust(5)
* [Keep it between you and Beverly for now]
    "Not yet," you tell her. She looks at you, and at Sojef, and closes the scanner. "You're saving a great many things for later, Jean-Luc," she says. But she keeps this one. # speaker: Crusher
-
-> treated_end

= treated_by_hand
You splint the leg yourself, with a branch and your belt, badly. You clean the gash with water from a flask. Ro'vek watches you do it with an expression it takes you a while to read. It is astonishment.
"Why?" he asks. # speaker: Ro'vek
* (because_hurt) [Because he is hurt]
    "Because you're hurt. That's the whole of it." # speaker: Picard
    He laughs, once, and it hurts him. Then, low, fast, as if paying off a debt before it can grow: "They come at first light. On foot. From the plateau below the cliffs. You did not hear it from me." # speaker: Ro'vek
* [Ask him about the cold spring]
    "Tell me about the spring." # speaker: Picard
    He almost does; you watch it come up in him and stop at his teeth. "Cold. That's all. Was." He shuts his eyes. # speaker: Ro'vek
    ~ act4_rovek_spring = true
-
-> treated_end

= treated_end
Before you move on, Ro'vek asks for his wrist unit. He speaks into it for ten seconds, in a Son'a dialect you do not follow, and then holds it out to you, open. "Gallatin," he says. "Now he knows who set it." # speaker: Ro'vek
-> act4_afternoon

= questioned
~ rovek = rovek_questioned
The collector is what you need to understand, and Ro'vek has seen it up close.
* (by_worf) {on_planet(Worf)} [Let Worf ask the questions]
    Worf crouches at the man's head and asks in short, flat sentences, and Ro'vek answers faster than he meant to. Worf never raises his voice. He does not have to.
    ~ raise_alert(15)
* (by_troi) {on_planet(Troi)} [Ask Deanna to read him while you ask]
    Troi kneels on his other side and says nothing. When he lies, she touches your sleeve. After the third time he notices, and stops lying.
    "He's frightened of it," she tells you afterwards. "Of the collector. More than he's frightened of us. And there's something he's ashamed of that has nothing to do with the collector. Ask him what the Son'a trade." You do. The Son'a brew ketracel-white for the Dominion, he says, in vats on the flagship's lower decks. # speaker: Troi
    ~ gain_evidence(ketracel)
    ~ raise_alert(10)
* (by_you) [Ask him yourself, quietly]
    You sit on a rock beside him and ask as if you were asking a colleague. He answers like one, in the end, with an engineer's exhausted precision: he has run these numbers on his own death many times.
    Halfway through, you notice the green light at his wrist, and you reach over and close the channel. He lets you.
    ~ raise_alert(5)
-
He has seen the projections. When the collector has taken what it came for, the rings burn off their particles in a single wave, and the wave does not stop at the rings. The planet will be sterile for generations. The Son'a engineers know. The figures are on the bridge display for anyone who wants to look.
You record every word on a tricorder.
~ gain_evidence(collector_projection)
{
- captured_trooper.questioned.by_you:
    His channel stays shut. The Son'a heard the first half, and no more.
- captured_trooper.questioned.by_worf:
    When you finish, the light on his wrist is still green: his communicator, open the whole time. Every word went up that channel, and a Klingon's voice asking for them. Within minutes three drones come down the gully in a line, and you have to move the column twice.
- else:
    When you finish, the light on his wrist is still green: his communicator, open the whole time. Someone in orbit has been listening.
}
-> act4_afternoon

= shield
~ rovek = rovek_shield
You have him carried up onto the open ridge and set down against a rock. His wrist unit is still sending; every drone in the sky is built to read it, and built not to tag whoever wears it.
It works. The drones sweep the ridge, find a Son'a transponder among the Ba'ku, and hold their fire for fifty paces round him. For the rest of the night, nobody near him is tagged.
{ on_planet(Crusher):
    Beverly follows the stretcher up and then stops. "I won't be part of this, Jean-Luc. He has a broken leg. He is not a wall." # speaker: Crusher
    ~ loyalty(Crusher, -15)
}
{ on_planet(Troi):
    "He's terrified," Troi says, very quietly. "So are you. That isn't a reason." She walks away before you can find an answer. # speaker: Troi
    ~ loyalty(Troi, -15)
}
Sojef brings the man water, himself. His hands shake as he holds the cup, and it is not age.
~ breach_prime_directive()
~ trust(-15)
~ take_baku(-20)
-> act4_afternoon


=== act4_afternoon ===
{ on_planet(Crusher):
    -> field_clinic
}
-> act4_to_caves


=== act4_to_caves ===
{ act4_has_run():
    -> to_interlude_subspace_tear
}
-> kelbonite_caves

= to_interlude_subspace_tear
+ [Search the cloud above the rings for a light]
-
-> interlude_subspace_tear


=== field_clinic ===
+ [Go and find Beverly]
-
{ loyalty_crusher >= 50:
    -> clinic
}
-> without_clinic

= clinic
Beverly sets up under a rock shelf where the path turns: a blanket, a medkit, a tricorder, and a line of Ba'ku that forms before she has finished unpacking. Twisted ankles. A child's fever. A burn from a tag torn off barehanded{drone_tags.tore_tag:, and she looks pointedly at your palm until you hold it out}.
{rovek == rovek_treated:Ro'vek lies at the end of the row on a borrowed blanket, watching her work. Nobody has asked him to leave.}
She keeps two people alive who would not otherwise have reached the caves.
~ add_casualties(-2)
* [Tease her about how fast she is moving]
    "You're moving like a first-year intern. Good company will do that, I'm told." # speaker: Picard
    "Don't look so pleased with yourself. You're not the reason." She does not look up from the splint. "And you stopped favouring that knee three days ago, in case nobody's mentioned it." But she is smiling. # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Ask what she needs]
    "Water. Clean cloth. Ten more hands, and someone to tell the man with the fever that he is not dying, because he won't believe it from me." # speaker: Crusher
    You find the water and the cloth and tell the man with the fever. He believes it from you, which annoys her exactly as much as you expected.
* [Ask what she is seeing in them]
    She hesitates, which she almost never does. "Something I want to check," she says. "Something that doesn't make sense yet." # speaker: Crusher
-
"Jean-Luc, give me an hour here. Not for them; they'll keep. For something I need to measure while they're asleep." # speaker: Crusher
* [Give her the hour]
    ~ pass_time(1)
    { loyalty_crusher >= 70:
        -> measured
    }
    She takes it, and spends it bent over her tricorder and a row of sleeping children. At the end of it she writes three lines in her log and closes it. Whatever she found, she does not offer it to you, and you do not ask. The children are better for the hour, at least.
    ~ add_casualties(-1)
* [Keep the clinic moving with the column]
    "We can't spare it, Beverly." # speaker: Picard
    She packs up in two minutes, which is faster than anyone you have ever served with. Whatever she wanted to measure stays under the rock shelf with the flattened grass.
-
-> act4_to_caves

= measured
{ echo_in_situ:
    You know what she is going to say a moment before she says it, as though you had read the report in some other life.
}
At the end of the hour she sits back on her heels and holds the tricorder out so you can see it. "These children aren't storing anything. Their cells are being renewed now, here, by the particles coming off the rings at ground level. It's continuous. It doesn't need to be gathered." # speaker: Crusher
"Then the collector..." # speaker: Picard
"Isn't necessary. Not for medicine. Put a hospital in these hills and the patients would heal the way the Ba'ku do." She closes the tricorder. "You wouldn't need to strip the rings, Jean-Luc. You'd need to be invited." # speaker: Crusher
~ find_secret(in_situ)
* [Tell her it is the argument the admiral lacks]
    "That's the argument Dougherty doesn't have. Keep it safe." # speaker: Picard
    She slides the tricorder into the inside of her boot, with a look that says she had already thought of it, and is glad you did too.
    ~ loyalty(Crusher, 5)
* [Tell her it changes nothing about tonight]
    "It changes nothing about tonight." # speaker: Picard
    "No," she agrees. "But it changes what tonight is for." She writes the readings out twice, in two places, the way you would if you expected to be searched. # speaker: Crusher
-
-> act4_to_caves

= without_clinic
Beverly works her way down the column without stopping and without speaking to you: a splint here, a hypospray there, a hand on a shoulder. {rovek == rovek_treated:She does it for Ro'vek too, on a stretcher at the back.} She is as good as she has ever been. She is simply not doing it for you.
* [Ask her to set up a proper clinic]
    "We could use a clinic, Beverly. Somewhere they can come to you." # speaker: Picard
    "I'll do what I'm trained to do, Jean-Luc. Don't ask me to do it on your behalf." She moves to the next patient. # speaker: Crusher
    ~ loyalty(Crusher, -5)
* [Leave her to her work]
    You leave her to it. An hour later, passing you on the path, she says "Thank you" without slowing. You are not sure for what, and you do not ask.
    ~ loyalty(Crusher, 5)
-
-> act4_to_caves


// ---------------------------------------------------------------- Riker's run
// Third person, no choices; every line tagged. riker_run resolves by the bible's rules, in order:
// lost (pursuit), crippled (tear), then message_sent or returned (metreon).
// Each interlude shows the one in command and at most two other officers, chosen by what the
// scene is about: sensors and tactical in the chase, engineering and sickbay at the tear,
// engineering, tactical and Troi in the gas.

=== interlude_pursuit ===
The Enterprise, running for the edge of the Briar Patch. # interlude: riker
{ not aboard(Riker):
    { on_planet(Riker):
        Lieutenant Perim has the center seat. Commander Riker named her for it in writing before he went down to the planet: the best hand aboard for flying blind through gas, he wrote, and the run would be mostly that. # interlude: riker
    - else:
        Lieutenant Perim has the center seat. Commander Riker is in his quarters by his own choice, with the door shut; before he shut it, he named her for the chair in writing, as the best hand aboard for flying blind through gas. # interlude: riker
    }
    { aboard(Data) || aboard(Troi) || aboard(LaForge) || aboard(Worf):
        {aboard(Troi):Counselor Troi, who outranks her, backed the order in front of the whole bridge.} {aboard(Data):Data, who would have had the chair by the chain of command, asked for ops instead: a chase through the Briar Patch is a sensor problem before it is a command problem, he said.}{not aboard(Data) && not aboard(Troi) && aboard(LaForge):Geordi outranks her, and is needed in engineering more.}{not aboard(Data) && not aboard(Troi) && not aboard(LaForge) && aboard(Worf):Worf outranks her, but he is on loan from another posting, and he has chosen tactical.} # interlude: riker
    }
}
{ command == mutinous && act4_riker_eff() < 50:
    -> ship_lost
}
{ command == covert && not covert_discovered:
    -> escorted
}
-> chased

= ship_lost
Nobody on the bridge says the word mutiny. The Son'a channel says it for them every thirty seconds, in a calm Starfleet voice with the admiral's authorization code attached: a rogue vessel; all necessary measures. # interlude: riker
{ aboard(Riker):
    Riker followed the captain this far because the captain asked him to. He has not decided whether he believes in it, and the bridge can tell; every order reaches the stations half a second after it should. # interlude: riker
- else:
    Perim has inherited a mutiny she did not choose and a crew that does not want to be in it. Every order reaches the stations half a second after it should. # interlude: riker
}
The bridge, twenty minutes later. # interlude: riker
The first Son'a ship comes out of the gas on the port quarter and does not hail. The second is already underneath them. # interlude: riker
{ aboard(Riker):
    "Evasive, any pattern you like. Just keep us moving." # interlude: riker # speaker: Riker
- else:
    "Evasive. Any pattern. Keep us moving." Perim's voice is steady. Her hands, on the arms of the chair, are not. # interlude: riker # speaker: Perim
}
{ aboard(Worf):
    "Shields at sixty percent," Worf reports, and then, with contempt: "They are not even aiming carefully." # interlude: riker # speaker: Worf
}
They are fired on by ships that have been told they are allowed to. The shields hold for four passes. On the fifth the port nacelle goes dark, and on the sixth the bridge lighting drops to red and stays there. # interlude: riker
{act4_cmdr()} gives the order no one on that bridge has ever heard spoken in earnest. The lifepods go out into the gas by the dozen. Behind them the Enterprise hangs burning, the message to the Council still sitting in her buffers, unsent. # interlude: riker
~ riker_run = lost
-> act4_midday

= escorted
On the main viewer the recall order is still displayed in Starfleet blue. As far as anyone in the chain of command knows, the Enterprise is doing exactly as she was told, and leaving. # interlude: riker
Two Son'a ships fall in behind as an escort nobody requested. For an hour they keep a courteous distance. Then the Enterprise passes the heading for the admiral's rendezvous and does not turn, and the escort stops being courteous. # interlude: riker
{ aboard(Riker):
    "Well," Riker says to nobody in particular, "that lasted about as long as I expected." # interlude: riker # speaker: Riker
- else:
    "They've worked it out," Perim says, to nobody in particular. "Shields up. Let's not make it easy for them." # interlude: riker # speaker: Perim
}
-> chase

= chased
Two Son'a ships come out of the gas astern within a minute of each other, running dark, and do not trouble to hail. # interlude: riker
{ aboard(Riker):
    "Nice of them to see us off," Riker says. "Helm, take us into the thick of it. If they want to follow, let's make them work." # interlude: riker # speaker: Riker
- else:
    "Helm, take us into the thick of it," Perim says, and hears how much she sounds like Commander Riker, and finds she does not mind. # interlude: riker # speaker: Perim
}
-> chase

= chase
The bridge, an hour into the chase. # interlude: riker
{ riker_order:
- at_all_costs:
    The captain's order was plain: the message, whatever it costs. {act4_cmdr()} has been doing the arithmetic on "whatever" since they broke orbit. # interlude: riker
- come_back:
    The captain's order came with a return address: get the message out, then come back for us. {act4_cmdr()} means to honour both halves, in that order. # interlude: riker
- spare_the_ship:
    The captain's order put the crew before the message. Twice in the first hour {act4_cmdr()} asks damage control for a casualty estimate, and the second time does not wait for the answer before changing course. # interlude: riker
- else:
    Nobody has said what comes after the message. {act4_cmdr()} will have to decide that when it comes. # interlude: riker
}
{
- aboard(Data):
    "The lead vessel matches each of our course changes within four seconds," Data reports from ops. "It is no longer following us. It is predicting us." # interlude: riker # speaker: Data
- aboard(Worf):
    Worf reports every Son'a volley as a number, and follows each number with a silence that says what he thinks of it. # interlude: riker
}
{ aboard(Riker):
    Riker flies the chase the way he plays cards: loose in the shoulders, patient, waiting for the other side to lean. He drops them into a bank of gas so dense the viewer goes white, and the Son'a follow more carefully than they would like. # interlude: riker
- else:
    Perim flies it by the book, and the book is a good one. The Son'a stay behind her, but they do not gain. # interlude: riker
}
Then the lead Son'a ship does something new. Its forward emitters take on an ugly violet glow, and {aboard(Data):Data|the officer at ops} reads out a weapon signature that no treaty on file permits. # interlude: riker
-> act4_midday


=== interlude_subspace_tear ===
{ riker_run == lost:
    -> adrift
}
{ act4_tear_contained():
    -> sealed
}
-> torn

= adrift
Lifepod Nine, somewhere in the Briar Patch. # interlude: riker
{act4_cmdr()} has counted the lights of forty-odd other pods through the little port, and then stopped counting, because the gas comes and goes and there is no telling whether a light has gone out or only behind a cloud. # interlude: riker
The Son'a do not come after the pods. A rogue ship is finished, and the people in the pods are nobody's problem now but the nebula's. # interlude: riker
{ aboard(Troi):
    Troi sits in the seat opposite, knees almost touching, eyes closed. "They're alive," she says. "Most of them. The ones near enough, I can feel." # interlude: riker # speaker: Troi
}
Far off, where the Enterprise was, something flares and fades, and then there is only the gas. # interlude: riker
-> kelbonite_caves

= sealed
The Enterprise, under fire. # interlude: riker
The Son'a weapon does not strike the ship. It strikes space, just off the starboard bow, and space comes apart along a seam: a rupture in subspace, bright and spreading, coming toward them faster than the ship can run. # interlude: riker
Engineering. # interlude: riker
{
- aboard(LaForge) && loyalty_laforge >= 50 && evidence ? isolytic_arms:
    Geordi has spent the chase coaxing the core along under his breath, the way other people talk to horses. Now he is going to throw it away, and he has been ready to since the captain showed him the scans of those emitters. The ejection sequence has been staged for a day; all it needs is his palm on the panel. # interlude: riker
    "Core's away," he says, as flatly as a shift report. "Give it ten seconds, then light it." # interlude: riker # speaker: La Forge
- aboard(LaForge) && loyalty_laforge >= 50:
    Geordi has spent the chase coaxing the core along under his breath, the way other people talk to horses. He has never seen a tear like this one, but he has read about them, and he knows the one thing that will close it: a great deal of energy, all at once, in exactly the wrong place. # interlude: riker
    "We need the core," he says. "Not in here. Out there." He is already keying the ejection by hand, a sequence that ought to take ninety seconds, in forty. # interlude: riker # speaker: La Forge
- on_planet(LaForge):
    Geordi is on the planet. What he left behind is a staged ejection sequence and a note taped to the master console in his own hand: IF THEY FIRE THE ISOLYTIC, DON'T THINK, PRESS THIS. The engineer on watch does not think. She presses it. # interlude: riker
- aboard(LaForge):
    Geordi is at the master console, slower than he would have been a week ago, and the engineer on watch is nearer the panel. It does not matter. He staged the ejection the night the captain brought him the scans of those emitters, and all she has to do is press it. She presses it. # interlude: riker
- geordi_stays:
    Geordi is aboard the Son'a flagship with the collector project, working for the people this ship is running from. But the night the captain brought him the scans of those emitters, before he ever asked to go, he staged the ejection sequence, and he never took it down. The engineer on watch presses the panel. # interlude: riker
- else:
    Geordi is in his quarters, out of this voyage by his own choice. But the night the captain brought him the scans of those emitters, he staged the ejection sequence anyway, and it is still there. The engineer on watch presses the panel. # interlude: riker
}
The bridge. # interlude: riker
The warp core tumbles away astern into the mouth of the tear. {act4_cmdr()} gives it ten seconds and then a torpedo. # interlude: riker
The blast fills the viewer. For a moment it looks as if it will not be enough; then the tear folds in on itself and is gone. # interlude: riker
The Enterprise is still running: on impulse and stubbornness now, with no warp core and two Son'a ships behind her, but running. # interlude: riker
{ aboard(Riker):
    "Well," Riker says, "we're lighter." Nobody laughs, and everybody feels better. # interlude: riker # speaker: Riker
}
~ core_ejected = true
-> kelbonite_caves

= torn
The Enterprise, under fire. # interlude: riker
The Son'a weapon does not strike the ship. It strikes space, just off the starboard bow, and space comes apart along a seam. # interlude: riker
Engineering. # interlude: riker
{ aboard(LaForge):
    Geordi is at the master console, and he is half a minute slower than he would have been a week ago. Twice since the chase began he has stopped to rub his eyes, as if the light in engineering were wrong. # interlude: riker
    "We've got to dump the core into that thing," he says, "and I need ninety seconds to get it out." # interlude: riker # speaker: La Forge
- else:
    {on_planet(LaForge):Geordi is on the planet|{geordi_stays:Geordi is with the collector project, aboard the flagship of the people now firing on his ship|Geordi is in his quarters, out of this by his own choice}}, and the engineer on watch has never ejected a core outside a simulator. She has ninety seconds of work to do, and nobody has ever asked her to do it in less. # interlude: riker
}
They do not have ninety seconds. The tear reaches the stern while the core is still in its housing. The ship is flung sideways, and every warp coil aft of the saucer screams and goes dead. # interlude: riker
When the lights come back, such as they are, the tear has burned itself out behind them and taken most of the engines with it. No warp. Impulse at a crawl. The subspace transmitter is a slag of fused relays on a deck open to space. # interlude: riker
The bridge. # interlude: riker
{ aboard(Crusher):
    Sickbay calls the bridge twice. The second time it is Crusher herself. "Whatever you're doing up there, do a little less of it. I have people on the floor." # interlude: riker # speaker: Crusher
}
{ aboard(Riker):
    Riker reads the damage report twice. Then he hands it back and says, "Get me anything that still moves." # interlude: riker # speaker: Riker
- else:
    Perim reads the damage report, and then finds her eyes going to the empty place beside the chair where she half expects Commander Riker to be standing. # interlude: riker
}
~ riker_run = crippled
-> kelbonite_caves


=== interlude_metreon ===
{ riker_run == lost:
    -> pods
}
{ riker_run == crippled:
    -> dark
}
{ act4_gas_trap_ready():
    -> trap
}
-> hide

= pods
Lifepod Nine, some hours later. # interlude: riker
The pod's beacon has been pulsing for hours on the one frequency the nebula lets through, and every ship in the Briar Patch is listening to it. A pulse is all it can send. Someone will hear it eventually. Who, is another matter. # interlude: riker
{act4_cmdr()} thinks about the message to the Federation Council, sitting in the wreck of the computer core with everything the captain put in it, and no way out of there that a lifepod can offer. # interlude: riker
Nobody is coming back for the captain. # interlude: riker
-> sona_landing

= dark
The Enterprise, adrift. # interlude: riker
The two Son'a ships make one slow pass around her, close enough that {act4_cmdr()} can read the markings on their hulls. Then they leave. A ship with no engines and no voice is not worth a torpedo; the nebula will do the rest in its own time. # interlude: riker
{ aboard(LaForge):
    Geordi has been inside the transmitter housing for three hours with a light clamped to his shoulder. "I can give you a carrier wave," he says at last. "I can't give you words. Not through this stuff. Not in time." # interlude: riker # speaker: La Forge
- else:
    The damage-control teams have been inside the transmitter housing for three hours. What they can give back is a carrier wave with nothing on it, too faint to reach past the nebula's edge. # interlude: riker
}
The message to the Council sits in the buffer, complete and signed, going nowhere. {riker_order == come_back:The captain asked them to come back. They cannot go anywhere at all.} # interlude: riker
{ aboard(Troi):
    Troi stands at the back of the bridge with her palm flat against the bulkhead, as if she could feel the planet through it. # interlude: riker
}
-> sona_landing

= trap
The Enterprise, deep in the Briar Patch. # interlude: riker
{ aboard(LaForge) && loyalty_laforge >= 70:
    Geordi comes up to the bridge himself, which he never does in a fight, with a padd and an expression of mild disapproval, apparently at his own idea. # interlude: riker
    "The gas out there is thick with metreon. Inert, until you hit it with enough energy, and then very much not inert. We've got the ramscoop. I can fill the collectors, and we dump the whole load right in front of them." # interlude: riker # speaker: La Forge
- else:
    {act4_cmdr()} remembers Geordi's briefing from the first day in the nebula, circulated to every bridge officer and read by about half of them: metreon, inert until it meets enough energy, and then not inert at all. # interlude: riker
}
{ aboard(Riker):
    Riker smiles for the first time since they left orbit. "Open the scoops," he says. "Let's go and collect some weather." # interlude: riker # speaker: Riker
- else:
    "Open the scoops," Perim says. "Fill them." # interlude: riker # speaker: Perim
}
The Enterprise dives through the densest cloud in the Briar Patch with her collectors wide, drinking it in. Then she turns and vents the whole load across the path of the pursuit, a long grey veil that hangs in space like breath on a cold morning. # interlude: riker
{ aboard(Troi) && not (aboard(LaForge) && loyalty_laforge >= 70):
    Troi, at the commander's side, has her eyes shut. "They're going to fire," she says. "They're angry enough not to look first." # interlude: riker # speaker: Troi
}
The Son'a fire into it. They have been firing at everything for hours, and they do not stop to look. # interlude: riker
The veil ignites from end to end. When the light clears, both Son'a ships are drifting with their shields down and their weapons dark, and the Enterprise is alone. # interlude: riker
~ gas_trap = true
Past the nebula's edge, twenty minutes later. # interlude: riker
The message goes out to the Federation Council with everything the captain put in it. # interlude: riker
~ riker_run = message_sent
~ shift_standing(15)
-> after_message

= hide
The Enterprise, deep in the Briar Patch. # interlude: riker
There is no trick left to play, so {act4_cmdr()} plays the oldest one there is, and hides. The Enterprise noses into the thickest cloud she can find and shuts down everything that glows. # interlude: riker
For four hours the Son'a hunt through the gas around her, passing close enough twice that the hull rings with their sensor sweeps. Nobody on the bridge speaks above a whisper. {aboard(Worf):Worf stands at tactical with his hands locked behind him, visibly offended by the whole business.} # interlude: riker
{ aboard(Troi):
    In the second hour Troi says, very quietly, "I think they're all right. Down there." Then, because she is honest even in a whisper: "I can't be sure. Not through this." # interlude: riker # speaker: Troi
}
When the sweeps fade at last, {act4_cmdr()} creeps the ship out of the far side of the cloud at a pace a shuttle would be ashamed of. # interlude: riker
Past the nebula's edge, hours behind. # interlude: riker
The message reaches the Federation Council in the end: late, but whole. # interlude: riker
~ riker_run = message_sent
~ shift_standing(15)
-> after_message

= after_message
{ act4_returns():
    ~ riker_run = returned
}
{
- riker_run == returned && riker_order == come_back:
    { aboard(Riker):
        "The captain asked us to come back for him," Riker says. "Let's not keep him waiting." The Enterprise comes about, toward the planet. # interlude: riker # speaker: Riker
    - else:
        "We were asked to come back," Perim says. "So we're going back." The Enterprise comes about, toward the planet. # interlude: riker # speaker: Perim
    }
- riker_run == returned && riker_order == spare_the_ship:
    The order said the crew first. {act4_cmdr()} looks around the bridge at the crew, and not one of them looks like someone who wants to be kept safe. # interlude: riker
    "Helm," {aboard(Riker):Riker|Perim} says, "take us back." # interlude: riker # speaker: {aboard(Riker):Riker|Perim}
- riker_run == returned:
    "Nobody told us to go back," {aboard(Riker):Riker|Perim} says, already turning toward the helm. "Nobody told us not to, either." The Enterprise comes about, toward the planet. # interlude: riker # speaker: {aboard(Riker):Riker|Perim}
- not gas_trap:
    By the time the message is out, the Enterprise is a long, limping day from the planet. Whatever the captain is facing down there will be over, one way or another, before she could reach it. {act4_cmdr()} sits with that, and does not pretend otherwise. # interlude: riker
- riker_order == spare_the_ship:
    The order was the crew first. The crew is alive, every one of them, and the Enterprise holds position past the nebula's edge to wait for a Starfleet that is coming at its own speed. {act4_cmdr()} asks the helm for the transit time back to the planet, writes it down, and does not give the order. # interlude: riker
- else:
    The message is out. The order is kept to the letter. The ship is too battered to turn back in time, and {act4_cmdr()} does not ask her to. {act4_cmdr()} keeps the planet's last known position on a side screen all the same, and nobody on the bridge asks to have it cleared. # interlude: riker
}
-> sona_landing


// ---------------------------------------------------------------- the caves

=== kelbonite_caves ===
+ [Climb toward the cliffs]
-
~ pass_time(1)
-> act4_cover_check ->
In the last hours of the night the hills close in around the path and the cliff rises ahead of you, pocked with openings like a dovecote. Kelbonite runs through this rock in seams. Where a seam is thick enough, no transporter beam can find anyone inside it, tag or no tag.
{ secrets ? kelbonite:
    -> known_seam
}
-> find_seam

= known_seam
You know exactly which cave. You walked this ridge days ago on the survey and watched the tricorder's readings collapse into nonsense at the third opening from the left, where the seam runs thickest.
You lead the village straight to it. The last drone of the night hangs outside the mouth, firing tags that flare and fizzle against the rock, and nobody inside goes anywhere.
-> inside

= find_seam
There are a dozen openings in the cliff. Your tricorder shows kelbonite in all of them, in seams that wander and thin and vanish. The nearest deep one is right in front of you, but its seam reads thin for the first twenty metres inside the mouth, and thick only beyond.
Every minute the village waits in the open, the drones work along its edges.
* {act4_data_here() || on_planet(LaForge)} [Have {act4_data_here():Data|Geordi} scan for the deepest seam]
    { act4_data_here():
        Data walks the foot of the cliff with his tricorder held out like a dowsing rod, pausing at each opening and moving on without comment.
    - else:
        Geordi walks the foot of the cliff, and twice he stops and simply looks at the rock, at some glitter in it that catches the ringlight.
    }
    ~ temp gone_scan = act4_tag(40)
    It takes an hour, while the village waits in the open below. The cave is a good one when it is found. {act4_num_cap(gone_scan)} people are not there to see it chosen, tagged and lifted out of the waiting crowd one by one.
    ~ pass_time(1)
* {not (act4_data_here() || on_planet(LaForge))} [Sweep the openings with your own tricorder]
    ~ temp gone_self = act4_tag(50)
    You do it yourself, opening by opening, and you are slower at it than anyone trained would be. It takes an hour, and the drones use the hour. By the time you find a seam worth trusting, {act4_num(gone_self)} are gone.
    ~ pass_time(1)
* (nearest) [The nearest cave, now, and hope the seam holds]
    ~ temp gone_near = act4_tag(45)
    You take the nearest opening and push everyone through the thin stretch at the mouth and deep into the dark beyond. It is quick. It is not quick enough: for the minutes it takes the last of the line to pass the thin seam, the drones fire into the first chamber, and people vanish from the back of the crowd. {act4_num_cap(gone_near)}, when you count. The front of the cave will not be safe all night.
-
-> inside

= inside
+ [Follow the last of them in]
-
Inside, the cave opens into a long chamber with a spring at the back of it, and the Ba'ku settle into it with the unhurried competence of people who have spent three centuries making themselves at home. Within the hour there is a fire, and bread, and someone has started a song.
{ baku_taken >= 250:
    The song is thin. Whole families are missing from the fire, and the people who are left keep leaving spaces for them. # near: the-empty-village
}
{artim_tagged:Sojef sits a little apart, with Artim's coat folded on his knee.}
* (deepest) [Put the children deepest, behind the old]
    You put the children in the back galleries, past the spring, with the oldest Ba'ku in front of them like a wall of patient grandparents. Nobody argues. A few of the grandparents look as though they had been about to suggest it.
* (watchers) [Post watchers at the cave mouth]
    You post watchers at the mouth in pairs, young Ba'ku with sharp eyes{on_planet(Worf):, and Worf walks the line of them twice, correcting how they stand}{find_seam.nearest:. You keep them back from the thin stretch of seam, where a drone could still reach them}. They take it seriously. They take everything seriously tonight.
* (counted) [Count everyone by name, with Sojef]
    You walk the chamber with Sojef. He says every name aloud, and you write each one down. Of the six hundred who lived in the village yesterday, {act4_num(act4_baku_left())} are in this cave.
    Sojef reads the number over your shoulder. "{act4_num_cap(baku_taken)} taken," he says. {act4_baku_dead > 0:"And {act4_num(act4_baku_dead)} we left on the path. We should know both." |"We should know that."} Then he thanks you for writing it down. # speaker: Sojef
    ~ trust(5)
-
{ find_seam.nearest:
    ~ temp strays = act4_tag(10)
    { strays > 0:
        More than once in the night someone wanders forward to the mouth for air, forgetting, and a drone is waiting. {act4_num_cap(strays)} are gone before morning that way.
    }
}
The night wears on. The fire burns low, and the cave fills with the sound of people trying to sleep.
* {on_planet(Troi)} [Sit with Deanna]
    -> with_troi
* {on_planet(Worf)} [Find Worf at the cave mouth]
    -> with_worf
* {on_planet(LaForge)} [Find Geordi by the seam]
    -> with_laforge
* {on_planet(Riker)} [Find Will]
    -> with_riker
* [Sit with Anij by the water]
    -> with_anij

= with_troi
Troi is sitting with her back to the rock, watching the dark at the cave mouth. "The ship," she says, before you ask. "{aboard(Riker):Will.|Everyone on her.} I keep reaching for them and getting nothing back but the gas." # speaker: Troi
"I'm frightened for them, Jean-Luc. I'd rather say so to you than carry it round the cave all night." # speaker: Troi
* [Tell her they know what they are doing]
    "They know what they're doing, Deanna. They'll be fine." # speaker: Picard
    "I know they know what they're doing." She pats your hand, kindly, and goes back to watching the mouth. "I didn't ask you to reassure me. I told you I was frightened." # speaker: Troi
    ~ loyalty(Troi, -5)
* [Admit you are afraid for them too]
    "So am I. Every hour. I sent them." # speaker: Picard
    Troi lets her head rest back against the rock. "Good," she says. "Then there are two of us holding it, and it's lighter." She stays beside you until the fire is nearly out. # speaker: Troi
    ~ loyalty(Troi, 10)
-
-> cave_in

= with_worf
Worf is at the cave mouth, very upright, his jaw an angry red where the rash has spread. A Ba'ku girl of six or seven has been sitting near him for some time, watching it. She asks whether it is catching.
"Go back inside!" It comes out far too loud; it rings off the rock, and half the cave lifts its head. The girl goes, fast. Worf stands where he is, appalled, with his hands half raised, as though he could catch the words and put them back. # speaker: Worf
* [Wait, and let him decide what to do]
    You say nothing. After a moment Worf goes into the cave after her. You watch him find her by the fire and go down on one knee, which brings his head level with hers, and speak to her for a long minute. When he comes back his face is set.
    "I have apologised," he says. "It was not the rings. It was me, and the rings." # speaker: Worf
    ~ loyalty(Worf, 5)
* [Go to the girl yourself]
    You find her by the fire, in her mother's lap, and tell her that Mister Worf is very tired and not at all angry with her, and that the spots are not catching. She considers this, and tells you, gravely, that he shouted. You agree that he did.
    When you come back to the mouth Worf is still standing where you left him. "Thank you, sir," he says, to the dark. # speaker: Worf
    ~ trust(5)
-
-> cave_in

= with_laforge
Geordi is sitting by the kelbonite seam at the back of the chamber, looking at it. Not scanning it. Looking. "It's got flecks in it," he says. "Like something's frozen in there. Gold, and then a kind of green. I didn't know rock did that." # speaker: La Forge
"I keep thinking I'm going to wake up and it'll be gone." # speaker: La Forge
* [Tell him he has earned it]
    "You've earned every bit of it, Geordi." # speaker: Picard
    "Yeah." He smiles, but he does not stop looking at the rock. "I don't think that's how it works, though. Earning." # speaker: La Forge
* [Ask him what he would give to keep it]
    "What would you give to keep it?" # speaker: Picard
    He doesn't answer at once. "Not this," he says at last, and tilts his head at the sleeping cave. "Not them. I used to think I'd give almost anything. Turns out there's a list." He sounds relieved to have said it aloud, and more relieved that you asked. # speaker: La Forge
    ~ loyalty(LaForge, 10)
-
-> cave_in

= with_riker
Will is sitting on a ledge of rock with his back against the wall, not sleeping. "I should be up there," he says. "Somebody else is flying my ship through that soup." # speaker: Riker
* [Tell him you need him here more]
    "I need you here more, Will." # speaker: Picard
    He gives you a sidelong look. "You know, that's the first time you've said that in so many words." He settles back against the wall, and five minutes later he is asleep. # speaker: Riker
    ~ loyalty(Riker, 5)
* [Ask whether he regrets coming down]
    "Do you regret it?" # speaker: Picard
    "Ask me tomorrow." He grins, and it is nearly his old grin. "If we have one, the answer's no." # speaker: Riker
-
-> cave_in

= with_anij
Anij is sitting by the spring with her feet in the water, which is very cold, and she does not seem to mind. She makes room for you on the rock without looking up.
{ echo_perfect_moment:
    The sound of the water is so familiar that for a moment you are certain you have sat here before, with her, and lost track of the hour.
}
"You're counting again," she says. "Aren't you? I can hear you doing it." # speaker: Anij
* [Admit that you are]
    "I can't seem to stop. Every name I didn't get up the hill." # speaker: Picard
    "No... you shouldn't stop." She puts her hand over yours on the rock and leaves it there. "But you could count them slower?" And the counting does slow, a little. # speaker: Anij
    ~ bond(1)
* [Ask her to tell you about the spring]
    She tells you: who found the first spring in the valley, three hundred years ago; how cold it was the first winter; a child who fell in and came out blue and laughing. She tells it slowly, with long pauses. Halfway through, two children creep closer to listen, and then their parents, and by the end she is telling it to a dozen people. # speaker: Anij
    ~ trust(5)
-
-> cave_in


=== cave_in ===
+ [Go back to check the galleries]
-
{ sona_alert >= 80:
    The bombardment begins in the last hour before dawn, and it is not a warning. The Son'a cannot beam anyone out of kelbonite, so they mean to shake the hill until the people fall out of it. The first shell brings down the lip of the cave mouth, and four people sleeping nearest the air die under it.
    ~ act4_baku_die(4)
- else:
    The bombardment begins in the last hour before dawn. The Son'a cannot beam anyone out of kelbonite, so they mean to shake the hill until the people come out of it. Dust sifts down from the roof. The lamps swing.
}
You are in the back gallery with Anij, {kelbonite_caves.deepest:checking on the children you put there,|filling water skins at the spring,} when the third shell lands. It is less a sound than a change in the air. The roof of the passage behind you comes down all at once.
+ [Find her in the dark]
-
When the dust thins enough to breathe, a lamp lies on its side, still burning. Where the roof fell there is a ragged slot overhead now, and through it, very high up, one pale band of the rings.
Anij is sitting against the wall with her leg under a slab of rock. She is conscious. She is, of all things, annoyed. "I had something clever ready," she says. "It's gone. Don't you dare laugh." # speaker: Anij
{echo_perfect_moment:And under it all, absurdly, the certainty that you have been in this dark with her before.}
+ [Take stock]
-
The slab will move: you feel it give when you push. But it is wedged under a cracked roof-stone, and whatever you lever out may bring that stone down on you both.
To your left, behind a wall of fresh rubble, three voices: a child, a woman, and an old man{the_march.rear: whose voice you know, because it is Hessa's, who told you the weather of a whole year on the march}, shut in a pocket of the passage that is filling with dust. The rubble there is loose. One pair of hands could clear it in an hour, if their air lasts.
Far behind you, {on_planet(Worf):Worf|{act4_data_here():Data|the Ba'ku}} and the others are digging toward you from the main chamber. An hour away, perhaps more. Whatever you do first, the rest waits for them.
* [Lever off the slab and carry her out, and risk the roof]
    -> carried
* [Dig out the three behind the rubble first]
    -> dug
* {anij_bond >= 3} [Stay with her, and wait for the diggers # near: the-long-moment]
    -> stayed

= carried
~ cave_choice = cave_carried_anij
You set your back to the wall and your heel to the slab and push. It grinds. The roof-stone shifts with it, a finger's width, and grit rains down your collar. Then the slab is clear and the roof holds.
She cannot stand. You lift her{drone_tags.tore_tag:, and your burned palm splits open against her back}. She is lighter than she should be. You start back along the choked passage toward the sound of digging, bent double, her arm round your neck.
* (talked) [Talk to her as you go, and take it slowly]
    You talk to her the whole way, about nothing: the arboretum on the Enterprise, a vineyard in France, a horse you rode as a boy. She listens with her eyes closed. Once she laughs, and it hurts her, and she tells you to go on anyway.
    ~ bond(1)
* [Save your breath, and go faster]
    You save your breath and put it into your legs. She is quiet against your shoulder. Her breathing is steady, and you walk to its rhythm, and you reach the diggers sooner than you thought you could.
-
~ bond(1)
The diggers take her from you, gently. Then everyone turns to the pocket and the three voices.
{ carried.talked:
    By the time the stone is moved, the voices have stopped.
    ~ act4_baku_die(3)
- else:
    They break through with the dust still thick. The child is alive, coughing, furious. The woman and {the_march.rear:Hessa|the old man} are not.
    ~ act4_baku_die(2)
}
-> after_cave

= dug
~ cave_choice = cave_dug_out_others
"Go on," Anij says, before you can ask. "I'm... not going anywhere." She hears it, and snorts. "You'd laugh, if you had the time." # speaker: Anij
You dig. The stones are sharp and the dust is thick. {drone_tags.tore_tag:Your burned hand leaves marks on every one of them.|Your hands are raw inside ten minutes.}
+ [Keep digging]
-
It takes most of an hour. At the end of it you pull a child out through a gap no wider than your shoulders. Then her mother. Then {the_march.rear:Hessa|an old man}, who thanks you formally, as though you had stood aside for him at a gate.
{ on_planet(Worf):
    Worf breaks through from the other side in time to see it. Without a word he takes {the_march.rear:Hessa's|the old man's} other arm.
    ~ loyalty(Worf, 5)
}
When you get back to Anij, she has been alone in the dark for an hour. She is all right. She says so twice.
~ bond(-1)
* (sorry) [Tell her you are sorry]
    "I'm sorry." # speaker: Picard
    "Don't be. They're alive." She is quiet a while. "I'd have chosen them too. I only wish... I hadn't had to listen to you choose." # speaker: Anij
* (again) [Tell her you would do it again]
    "I'd do it again." # speaker: Picard
    "Would you?" She tilts her head, as if you had told her something about yourself she intends to keep. "Yes. You would. I'm still deciding how I feel about that." # speaker: Anij
-
-> after_cave

= stayed
~ cave_choice = cave_stayed_with_anij
You could risk the slab. You could cross the gallery to the rubble and dig. You do neither. You sit down in the dust beside her, within reach of her hand, and take it.
"Good," Anij says. "Now. Don't look at everything. Pick one thing." # speaker: Anij
* [The drop of water forming on the rock]
    ~ act4_moment_focus = focus_drop
    A drop of water is gathering at the tip of a stone above the lamp. You watch it swell, round and bright, holding the whole small flame inside it upside down.
* [The flame of the fallen lamp]
    ~ act4_moment_focus = focus_flame
    The flame of the fallen lamp leans and straightens and leans. Inside it there is a blue heart you have never noticed in any flame in your life.
* [The sound of her breathing]
    ~ act4_moment_focus = focus_breath
    You listen to her breathe: in, a small catch where the pain is, and out, slower. In. Out.
-
You go on watching after your mind has run out of things to say about it. Then for a while after that. Nothing moves, and nothing needs to; you are not waiting for anything. You cannot remember the last time that was true.
+ [Stay in it]
-
What ends it is lamplight: the diggers breaking through, {on_planet(Worf):Worf's shoulder|hands and voices} coming through the rubble, someone saying your name. It has been an hour, they tell you.
{ act4_moment_focus:
- focus_drop: The drop is still on the tip of the stone. It has not fallen.
- focus_flame: The flame still leans the way it leaned when you began to watch it.
- focus_breath: Anij is only now letting out the breath she drew when you began to listen.
}
The other pocket, beyond the wall, has been silent for some time. You did not hear it stop.
~ find_secret(perfect_moment)
~ bond(2)
~ pass_time(1)
~ act4_baku_die(3)
Anij is watching your face in the new light. "Well?" she says. "What did you see?" # speaker: Anij
* (told) [Try to tell her]
    You try. The words come out in the wrong order, and all of them are too small, and none of them is the thing. She listens to every one. "Yes," she says. "That's the trouble with it, isn't it?" # speaker: Anij
* [Tell her you would rather keep it]
    "I'd rather keep it." # speaker: Picard
    That pleases her more than anything you could have said. "Then keep it," she says. "Somewhere you can find it again." # speaker: Anij
-
-> after_cave

= after_cave
{ act4_has_run():
    -> to_interlude_metreon
}
-> sona_landing

= to_interlude_metreon
+ [Sit down in the dust, and breathe]
-
-> interlude_metreon


// ---------------------------------------------------------------- the landing

=== sona_landing ===
+ [Wait for the light]
-
-> act4_cover_check ->
{ hours >= 17 && collector == idle:
    ~ collector = deployed
    Dawn comes up grey. Above the rings, something vast is unfolding against the sky, panel after panel, catching the light. The collector is deployed.
- else:
    Dawn comes up grey and still. The shelling has stopped. In the quiet you can hear the stream at the foot of the cliff.
}
Light comes down through the slot the shell opened in the back gallery's roof; in the night the diggers made it wide enough for a body, to let the dust out.
{ cave_choice:
- cave_carried_anij:
    Anij lies on a pallet by the spring with her leg splinted{on_planet(Crusher): in Beverly's neat, unarguable knots}.
    { cave_in.carried.talked:
        "You never finished about the horse," she says when you kneel beside her. "I'm going to hold you to that." # speaker: Anij
    - else:
        "The child you got to in time came to see me," she says when you kneel beside her. "She wants to know if you always run like that." # speaker: Anij
    }
- cave_dug_out_others:
    Anij lies on a pallet by the spring with her leg splinted{on_planet(Crusher): in Beverly's neat, unarguable knots}. The child you dug out is asleep against her good side.
    { cave_in.dug.again:
        "You said you'd do it again," she says when you kneel beside her. "I've decided I'm glad. Mostly." # speaker: Anij
    - else:
        "You said sorry last night," she says when you kneel beside her. "I've decided to let you off. Don't make me regret it?" # speaker: Anij
    }
- cave_stayed_with_anij:
    Anij lies on a pallet by the spring with her leg splinted{on_planet(Crusher): in Beverly's neat, unarguable knots}.
    { cave_in.stayed.told:
        "All your words last night were wrong," she says when you kneel beside her. "I've been thinking about them ever since." # speaker: Anij
    - else:
        She catches your eye across the chamber and touches one finger to her lips, and that is all.
    }
}
+ [Go to the cave mouth]
-
{
- kelbonite_caves.watchers:
    Your watchers see the shuttles first, and you have four minutes' warning before the troopers are on the slope.
- captured_trooper.treated_by_hand.because_hurt:
    Ro'vek said first light, on foot, from the plateau. You have everyone awake and back from the mouth before the first shuttle settles.
- else:
    The first you know of it is the sound: shuttles settling on the plateau below the caves, and boots on the scree.
}
Son'a troopers fan out across the slope beneath the cave mouth. The kelbonite keeps out their transporters; it does nothing at all about their feet. At their head, helmet under his arm, is Gallatin.
"Captain Picard." His voice carries up the slope without effort. "The shelling was not mine. This is. I have orders to bring these people out, and I would sooner do it without shooting anyone. So would you." # speaker: Gallatin
{ act4_rovek_spring:
    "Ro'vek says you asked him about a spring." He stops, as if the words had got out without leave. "He should not have spoken of it." # speaker: Gallatin
}
{ gallatin_turn >= 1:
    There is something under the words, a question he is not allowed to ask. {rovek == rovek_treated:He has heard about Ro'vek's leg, from Ro'vek. You can see it in how he stands.}
}
* [Walk out and surrender, so that no one else is hurt]
    -> surrender
* {command == covert && not covert_discovered} [Walk out as Dougherty's officer, and keep the pretense]
    -> pretense
* [Fight them at the cave mouth # near: court-martial]
    -> fight
* {gallatin_turn >= 1} [Go down alone and bargain with Gallatin]
    -> bargain

= surrender
~ act4_unmask()
~ picard_captive = true
~ temp lifted = act4_take(150)
You walk down the slope with your hands open. Behind you, the Ba'ku come out of the cave in ones and twos, blinking in the light, and Sojef walks at the front of them because someone must.
{ on_planet(Worf):
    { drone_tags.took_rifle:
        Worf comes last, empty-handed since the ridge, and the look he gives the troopers does more than the rifle would have.
    - else:
        Worf comes last. He sets his rifle down on a rock with a care that is almost tender, and straightens, and looks at Gallatin as though memorising him.
    }
}
* [Ask Gallatin to carry the injured first]
    "There are injured among them. A woman with a crushed leg. Carry them first." # speaker: Picard
    Gallatin turns the helmet a quarter-turn under his arm and gives an order you do not catch. Two troopers go up the slope with a stretcher and carry Anij down between them, matching their steps on the scree. The Ba'ku watching from the cave mouth see who asked.
    ~ trust(5)
* [Say nothing, and walk]
    You say nothing. There is nothing you can say to a Son'a officer on this slope that will not be taken as either a plea or a threat, and you will not give him either.
-
-> act4_lift(lifted) ->
The transporter takes you from the plateau in a column of light. The last thing you see is {act4_baku_left() > 0:the Ba'ku on the scree, and Sojef among them, counting|the cave mouth, empty}.
-> act5

= pretense
~ picard_captive = true
~ strain_prime_directive()
~ trust(-10)
~ temp lifted = act4_take(150)
You walk down the slope in your uniform, and when you reach Gallatin you speak as a Starfleet officer speaks to an ally: you have gathered the Ba'ku in one place, for their own safety, pending transfer. You have been waiting for an escort.
Gallatin does not believe a word of it. He also has no orders about what to do with a Starfleet captain who says such things, and so he takes you aboard as a guest under guard, and the admiral is told nothing that he did not already half suspect.
Behind you, the Ba'ku have heard every word.
{ on_planet(Troi):
    Troi comes down the slope among them with her hands folded and her face very still. She knows exactly why you said it. It does not seem to help.
    ~ loyalty(Troi, -10)
}
-> act4_lift(lifted) ->
Sojef passes you on the plateau with his hands clasped hard behind his back, and says nothing.
-> act5

= fight
~ act4_unmask()
~ wounded = act4_pick_wounded()
{ act4_armed:
    You draw the phaser before you have quite decided to.
- else:
    You have no weapon. You take one from a fallen trooper in the first half-minute, and after that you do not think about it.
}
{ on_planet(Worf):
    {
    - drone_tags.took_rifle:
        Worf has no rifle; you took it on the ridge. He fights with a trooper's disruptor and then, when that is knocked away, with his hands.
    - worfs_targets.answer_fire:
        Worf has been waiting all night for someone to fire first. When the first Son'a rifle speaks, he answers it, exactly as you told him to, and not one shot further.
    - worf_targets == targets_drones:
        Worf has held his fire all night because you asked him to. Now you have released him, and he fights as if the night owed him something.
    - else:
        Worf fights loud and forward and past any sense of caution, and for a few minutes the whole slope seems to bend around him.
    }
}
The first volley comes into the cave mouth. Chips of stone fly. The Ba'ku press back against the walls, and the troopers come up the scree in pairs, silver in the grey light.
* [Hold the mouth while the hurt are carried back]
    -> hold_mouth
* [Get everyone out through the gallery roof now]
    -> run_now

= hold_mouth
~ raise_alert(20)
You hold it. For ten minutes the mouth of the cave is the whole war: scree and silver, the flash of disruptors off the kelbonite, {on_planet(Worf):Worf's voice over all of it,} and behind you the Ba'ku carrying their hurt back through the chamber toward the gallery.
Three of them are killed before the last stretcher is clear.
~ act4_baku_die(3)
-> fight_end

= run_now
~ raise_alert(10)
You leave the mouth to the Son'a and turn the whole cave round toward the back gallery. It goes fast, and then it goes slow: the slot in the roof takes one body at a time, and the troopers are in the first chamber before the last of the line is through.
{ captured_trooper.treated_by_hand.because_hurt || kelbonite_caves.watchers:
    You had warning, and the slowest were already at the back. Four die in the chamber all the same.
    ~ act4_baku_die(4)
- else:
    The slowest are at the back of the line. Six of them die in the chamber.
    ~ act4_baku_die(6)
}
-> fight_end

= fight_end
{ wounded:
- Worf: Worf takes a disruptor bolt high in the shoulder and keeps fighting for a full minute before he notices.
- Riker: Will takes a bolt across the ribs and goes down on one knee, swearing, and gets up again.
- Data: A disruptor blast tears open Data's side. He looks down at the exposed circuitry with something like curiosity, and goes on one-handed.
- LaForge: Geordi takes a bolt across the face and goes down with his hands over his eyes, and for a while he says nothing at all.
- Troi: Deanna is caught by a blast that throws her against the rock, and lies very still until {on_planet(Crusher):Beverly|one of the Ba'ku} gets to her.
- Crusher: Beverly is hit as she runs out to drag a wounded Ba'ku back under cover. She finishes dragging him before she lets herself fall.
- else: A bolt grazes your own arm and you hardly feel it.
}
+ [Climb]
-
When the Son'a fall back to their shuttles to regroup, you take everyone up through the slot in the back gallery's roof, the walking carrying the hurt, hand over hand, out onto the high ground above the caves.
Behind you, the Son'a take an empty cave and its dead. {gallatin_turn >= 1:Below on the plateau Gallatin stands with his helmet in his hand, and does not order a pursuit.|Below on the plateau the first shuttle is already lifting for the flagship, to report.}
-> act5

= bargain
~ act4_unmask()
~ picard_captive = true
~ gallatin_bargain = true
~ turn_gallatin(1)
You walk down alone, stop an arm's length from him, and speak quietly enough that his troopers cannot hear.
"Take me. I brought them up here; your report can say you have the man who did it. A Starfleet captain is worth more to your master than a cave full of farmers. Leave the cave." # speaker: Picard
"Why would I do that?" # speaker: Gallatin
* {is_one_of(rovek, (rovek_treated, rovek_questioned))} [Because of Ro'vek]
    "{rovek == rovek_treated:Because we set Ro'vek's leg, when nobody on your side came back for him|Because Ro'vek is alive, and I could have left him in the gully}. Your people were hurt in these hills, and we did not leave them." # speaker: Picard
    Gallatin's jaw works. "{worf_targets == targets_anything || worf_fired_unbidden:He went back over the ridge for a dead man. }Ro'vek is a fool," he says. "He always was." He says it the way you would speak of a brother. # speaker: Gallatin
    "One prisoner will not satisfy him. Twenty-five, and you. I leave the rest." # speaker: Gallatin
    -> bargain_terms(25)
* [Because he is a soldier, and this is not war]
    "Because you're a soldier. And there is no enemy in that cave, only people who would rather not be moved." # speaker: Picard
    Gallatin shifts the helmet under his arm and looks past you at the cave mouth. "No," he says at last. "There is not." # speaker: Gallatin
    ~ turn_gallatin(1)
    "But one prisoner will not satisfy him. Fifty, and you. I leave the rest." # speaker: Gallatin
    -> bargain_terms(50)

= bargain_terms(asked)
Sojef has come down the slope behind you, near enough to hear the number. "We will choose who goes," he says to Gallatin. "Not you. Not him." # speaker: Sojef
~ temp went = act4_take(asked)
{ act4_baku_left() > 0:
    It takes them a quarter of an hour. Then {act4_num(went)} of the Ba'ku walk down out of the cave by their own choice, the oldest first, and Sojef counts them past. Gallatin takes you and them, and leaves the rest in the dark of the kelbonite with a pair of troopers at the mouth, who have been told to keep everyone in and, you suspect, everyone else out.
- else:
    There is no choosing to be done. All {act4_num(went)} who are left walk down out of the cave together, and Sojef counts them past, and Gallatin takes you and them, and the cave behind you is empty.
}
-> act5


// ---------------------------------------------------------------- Act IV-O: the obey route

=== tagging_supervision ===
The transfer is run from the observation post at the edge of the village, the duck blind, its holographic skin switched off now: a low room of Starfleet consoles and Son'a technicians who do not look at each other.
{ act4_tagged_early > 0:
    The first drones went out before you arrived. {act4_num_cap(act4_tagged_early)} villagers are already aboard the holoship, asleep in copies of their own beds.
- else:
    The drones are racked along one wall, charged and waiting, each with a clip of tags no longer than a finger.
}
Dougherty's face fills the main screen, warm and tired and visibly relieved to see you in the chair. "Jean-Luc. Good. I want a Starfleet face on this operation, not a Son'a one." # speaker: Dougherty
* [Ask him for the count and the timetable]
    He gives you the numbers gladly, as though they were a gift: drones per sector, minutes per household, the hour the last family will be aboard. He has clearly gone over them many times. They seem to steady him. # speaker: Dougherty
    ~ shift_standing(5)
* [Ask him to come down and watch it with you]
    "Come down, Matthew. Watch it with me." # speaker: Picard
    A pause. "I've seen the plan." # speaker: Dougherty
    "You haven't seen it happen." # speaker: Picard
    A longer pause. "Later," he says. "I'll come down later." He does not sound as though he believes it, and you suspect he has just noticed that himself. # speaker: Dougherty
    ~ doubt(1)
-
A Starfleet technician, a young lieutenant with careful hands, turns from her console. "Sir. The tagging protocol. How do you want it run?" # speaker: Technician
* [Humanely: each family told plainly what is happening]
    -> humane
* [Strictly by the book]
    -> by_book
* [Slowly: find technical delays, and keep finding them]
    -> slow

= humane
~ transfer_manner = transfer_humane
~ breach_prime_directive()
~ trust(5)
~ act4_take(150)
"Nobody is moved without being told, by one of us, in words they understand, where they are going and why." # speaker: Picard
It slows nothing much, and it changes nothing at all about where they are going. But when the teams go house to house ahead of the drones, the Ba'ku hear it from a human voice and not from a dart in the dark.
The first family is the potter Vaen's. You go to the door yourself.
* [Tell them the whole truth about the holoship]
    You tell them all of it: the ship in the lake, the copy of their village, the new world. Vaen listens with his arms around his wife. "You could have lied," he says, when you finish. "You could have let us wake there." He does not thank you. But he does not look away from you either. # speaker: Vaen
    ~ trust(5)
* [Tell them only that they will be safe]
    "You'll be safe. I give you my word." # speaker: Picard
    Vaen turns the word over, as he might turn a pot to look for the crack. "Safe," he repeats, and lets the tag be fixed to his sleeve without another word. # speaker: Vaen
-
-> holoship_transfer

= by_book
~ transfer_manner = transfer_by_book
~ breach_prime_directive()
~ shift_standing(10)
~ act4_take(200)
"By the book, Lieutenant." # speaker: Picard
The book is very good. It was written by decent people to make a difficult thing orderly, and it does. The drones go out in sectors. The tags go on in the dark. House by house the lights go out across the village, and nobody inside them wakes.
Midway through the second sector the lieutenant stops with her hand over the control. "Sir. This next house. There's a child on her own." # speaker: Technician
* [Tell her to proceed]
    "Proceed." # speaker: Picard
    She proceeds. The light in the house goes out. For the rest of the night she calls you "sir" and nothing else, and you find you are grateful for it.
* [Tell her to skip it, for now]
    "Leave that house for the end." # speaker: Picard
    It changes nothing; the end will come. But her hand comes off the control, and so, you notice, does yours.
    ~ take_baku(-5)
-
-> holoship_transfer

= slow
~ transfer_manner = transfer_slow
~ pass_time(2)
~ raise_alert(20)
~ act4_take(60)
"Carefully, Lieutenant. Very carefully." # speaker: Picard
She understands you at once. Her hands slow on the console. A drone has a calibration fault. Then a sector map needs to be re-checked. Then the interference from the nebula is worse than forecast, and the tags must be cycled twice. Two hours go by, and very few houses go dark.
The Son'a liaison, a sharp-faced officer, comes to stand at your shoulder. "Your equipment is unusually fragile tonight, Captain." # speaker: Son'a liaison
* [Blame the nebula]
    "The Briar Patch, Commander. Your own engineers have been complaining about it for a week." # speaker: Picard
    He cannot argue with his own engineers. He goes away, and comes back, and goes away again.
    ~ raise_alert(-5)
* [Blame the Son'a drones]
    "Your drones are miscalibrated. Until they're fixed, I won't risk a beam on a living person." # speaker: Picard
    His face darkens. But the drones are grounded for an hour while his technicians argue with yours, and in that hour, no one at all is taken.
    ~ raise_alert(5)
    ~ take_baku(-20)
-
-> holoship_transfer


=== holoship_transfer ===
+ [Go down to the lake]
-
The holoship lies at the bottom of the lake, its emitters humming. You go aboard to watch the first arrivals, because someone who ordered this should see it.
{ evidence ? holoship:
    You have been here before, the day you found it. The beds were empty then.
}
The replica village is perfect. The bread is warm in the ovens. The mill wheel turns. And one by one, in the houses along the lane, the transporter sets down sleeping Ba'ku in copies of their own beds, under copies of their own blankets.
* (walked_street) [Walk the replica street]
    You walk the lane between the houses. Through a window you see a woman turn over in her sleep and reach for a husband who is still in the other village, waiting for his drone. Her hand finds the blanket, and stops, and she does not wake.
* [Watch from the control gallery]
    You watch from the gallery above, where the arrivals are a column of figures on a screen. It is easier. You notice that it is easier, and you go on watching anyway.
-
In the third house a boy sits up in bed. It is Artim. He looks around the room, at the window, at the mill beyond it, and frowns.
* [Tell him it is a dream, and to go back to sleep]
    You step in from the lane. "You're dreaming, Artim. Go back to sleep." # speaker: Picard
    He looks at you with complete trust, and lies back down. After a moment, he does sleep.
    ~ trust(-5)
* (asked_artim) [Ask him what he noticed]
    "What is it, Artim?" # speaker: Picard
    "The mill," he says. "It doesn't squeak. It always squeaks. Father says he'll fix it and he never does." He yawns enormously. "This one doesn't." He is asleep again before you can answer, but you know he will say it again in the morning, to someone. # speaker: Artim
-
{ transfer_manner == transfer_slow:
    ~ act4_take(40)
- else:
    ~ act4_take(100)
}
-> datas_objection


=== datas_objection ===
+ [Return to the observation post]
-
{
- data_state == restored && loyalty_data >= 50:
    -> objection
- data_state == impounded:
    Data is not here. He is on a bench in a Son'a laboratory, in pieces that Dougherty's technicians have promised to put back together when the operation is over. You think of him once, when the fourth sector goes dark, and find you had expected him at your shoulder, asking in that even voice whether anyone had asked the Ba'ku.
    -> sojef_on_the_holodeck
- data_state == destroyed:
    There is a console in the control room that nobody uses. It is the one Data would have sat at. You notice that you keep looking at it, as if for an objection.
    -> sojef_on_the_holodeck
- else:
    -> silent
}

= silent
~ data_objection = data_silent
Data works the transfer console beside you, exact and quick and entirely silent. He has said nothing all night that was not a number.
* (asked_data) [Ask him what he thinks]
    "Data. What do you think of this?" # speaker: Picard
    He takes exactly as long to answer as the question requires. "I think that you have given me an order, sir. I am carrying it out." He returns to his console. # speaker: Data
* [Let him work]
    You let him work. Once, when a house in the fourth sector goes dark, his hands pause on the console for a fraction of a second, and then go on.
-
-> sojef_on_the_holodeck

= objection
Data rises from the transfer console and stands in front of you, at attention, which he almost never does.
"Captain. I cannot continue with this." # speaker: Data
The room goes quiet around him. Even the Son'a liaison stops pretending not to listen.
"These people did not consent to be moved. I have reviewed the Prime Directive, the admiral's reading of it, and my own. I find I cannot make them agree. I would like to be relieved of this duty, sir. If you will not relieve me, I will stand down without leave." # speaker: Data
* [Order him to stand down]
    -> grounded
* [Let him go down to the planet alone]
    -> gone
* {baku_taken < 450} [Go with him # near: the-eleventh-hour]
    -> followed
* {baku_taken >= 450} [Tell him it is too late for that]
    -> too_late

= grounded
~ data_objection = data_grounded
"Stand down, Mister Data. That is an order." # speaker: Picard
Nothing happens at all. Then Data sits down at his console and puts his hands flat on it, and does not touch a control for the rest of the night. "Yes, sir," he says. # speaker: Data
~ loyalty(Data, -20)
-> sojef_on_the_holodeck

= gone
~ data_objection = data_gone
~ raise_alert(20)
~ planet_team += Data
"Go, Data." # speaker: Picard
He looks at you, his head tilted a fraction, the way it does when he is filing something he means to come back to. "Thank you, Captain. I am sorry that you cannot come." # speaker: Data
He walks out of the observation post and into the night, toward the hills. The Son'a liaison is already speaking urgently into his wrist. Within a minute there are two more drones in the air, and they are not looking for villagers.
-> sojef_on_the_holodeck

= too_late
~ data_objection = data_grounded
"Data, look at the board. There is almost no one left down there to go to." # speaker: Picard
He looks. He sees what you see: the village dark from end to end. "Then I have objected too late," he says slowly. "I will remember that. I will try to object sooner." He sits back down at his console and does not touch it again. # speaker: Data
~ loyalty(Data, -10)
-> sojef_on_the_holodeck

= followed
~ data_objection = data_followed
~ late_turn = true
~ set_command(resigned)
~ planet_team += Data
You stand up. You take the communicator off your chest and set it down on the console, very carefully, beside the transfer schedule you initialled.
"Lieutenant, you have the operation. Log that I left it of my own free will, and that Commander Data objected first." # speaker: Picard
The lieutenant stares at you. Then, slowly, she begins to type.
"Sir?" Data says. # speaker: Data
"You're quite right, Data. I should have said so hours ago. Shall we?" # speaker: Picard
You walk out of the observation post together into the dark, toward the hills, where {act4_num(act4_baku_left())} Ba'ku are still asleep in their own beds and do not yet know that anyone is coming.
~ loyalty(Data, 15)
-> act5


=== sojef_on_the_holodeck ===
+ [Go back aboard the holoship]
-
Late in the night you go back aboard the holoship. {troi_here():Troi comes with you; she has not asked permission, and you have not asked why.}
Sojef is standing in the lane outside his house, awake, in his nightclothes. He is looking at the mill. {holoship_transfer.asked_artim:Artim is holding his hand, and has plainly told him about the squeak.}
{ holoship_transfer.walked_street:
    "You were here before," he says. "Walking in the lane, looking in at windows. I saw you from mine and thought I was dreaming you." # speaker: Sojef
- else:
    "Captain." He looks up at the dark above the roofs, as if for whatever might be watching from up there. # speaker: Sojef
}
He does not ask what you are doing in his village in the middle of the night. He asks something else. "My door has not stuck tonight. It always sticks. I planed it myself, badly, forty years ago." He turns to you. "Where are we?" # speaker: Sojef
* [Keep up the fiction]
    -> fiction
* [Tell him the truth]
    -> truth
* {baku_taken < 450} [Tell him the truth, and turn # near: the-eleventh-hour]
    -> turn

= fiction
~ strain_prime_directive()
"You're in your village, Sojef. Perhaps the door has swollen in the damp." # speaker: Picard
Sojef glances at his door, and back at you. He does not believe you, and he lets you see that he does not; then he nods, as though something has been settled that he had hoped would be settled differently. "Perhaps," he says. He goes inside and closes the door that does not stick. # speaker: Sojef
{ troi_here():
    Troi, beside you, has never been able to watch you lie without it showing in her face. Tonight she does not try.
}
-> act4_obey_close

= truth
~ sojef_told = true
~ trust(10)
You tell him. The lake, the ship, the copy of his house, the world they are bound for. You do not soften it, and you do not apologise, because an apology would be asking him for something.
Sojef listens the way he listened the first day you met him, all the way to the end. "Thank you," he says at last. "Now we know what to tell them when they wake." # speaker: Sojef
{ troi_here():
    Troi, beside you, unfolds her hands. When you glance at her, she is looking at you the way she used to, before any of this.
    ~ loyalty(Troi, 10)
}
-> act4_obey_close

= turn
~ sojef_told = true
~ late_turn = true
~ set_command(resigned)
~ trust(10)
You tell him. All of it. Halfway through the telling you hear what you are saying, and you find that you cannot say the last part, the part where you go back to the control room and finish the night's work.
"Sojef. {act4_num_cap(act4_baku_left())} of your people are still in the village. I am going down to them. I can't undo what has been done here tonight, but I can stop doing it." # speaker: Picard
He studies you. "And these?" A gesture at the sleeping lane. # speaker: Sojef
"Will wake somewhere safe, and will be brought home. I'll see to it, or someone better than me will." # speaker: Picard
"Then go," he says. "We will stay with them. Someone should be here when they open their eyes." # speaker: Sojef
{ troi_here():
    Troi is already at the arch. "I'll come with you," she says. It is not a question, and it is not forgiveness either, not yet. # speaker: Troi
    ~ loyalty(Troi, 10)
}
You take off your communicator and leave it on Sojef's table, beside a bowl of fruit that was never grown.
-> act5

= act4_obey_close
{
- data_objection == data_silent && datas_objection.silent.asked_data:
    When you come back to the observation post, Data's console is logged off and there is a padd on your chair. On it, in his exact hand, is your question, "What do you think of this?", and under it a single line: "I would like to answer this when the operation is complete. D."
- data_objection == data_silent:
    When you come back to the observation post, Data has finished his shift and gone, without a word, and his console is logged off.
}
By the small hours the village is dark from end to end, and the last of the Ba'ku who can be found are aboard. Somewhere above the rings, the collector is waiting for the word.
-> act5


// ---------------------------------------------------------------- helpers

// The lift at the landing: how many the shuttles took, and who is left on the scree.
=== act4_lift(n) ===
{ act4_baku_left() > 0:
    The shuttles lift {act4_num(n)} of the Ba'ku on the first run. The rest sit on the scree under guard, hands in their laps, to wait for the second.
- else:
    The shuttles take all {act4_num(n)} who are left in a single lift, and the cave behind them is empty.
}
->->

// The Ba'ku still with Picard: six hundred, less the taken and the dead. Never negative.
=== function act4_baku_left()
~ return MAX(0, 600 - baku_taken - act4_baku_dead)

// Take up to n villagers, never more than are left; returns how many went.
=== function act4_take(n)
~ temp k = MIN(n, act4_baku_left())
~ take_baku(k)
~ return k

// Drone tagging after the march begins: halved once Worf has put out the holoship's
// emitters (the Son'a holds are small). Returns how many went.
=== function act4_tag(n)
{ worf_targets == targets_technicians:
    ~ return act4_take(n / 2)
}
~ return act4_take(n)

// Ba'ku killed in the hills: counted in casualties and taken off the head count.
=== function act4_baku_die(n)
~ temp k = MIN(n, act4_baku_left())
~ act4_baku_dead += k
~ add_casualties(k)
~ return k

// Numbers in prose, in words up to six hundred: "two hundred and forty-five".
=== function act4_num(n)
{
- n >= 1000 || n < 0:
    ~ return n
- n >= 100 && n mod 100 == 0:
    ~ return act4_units(n / 100) + " hundred"
- n >= 100:
    ~ return act4_units(n / 100) + " hundred and " + act4_num(n mod 100)
- n < 20:
    ~ return act4_units(n)
- n mod 10 == 0:
    ~ return act4_tens(n / 10)
}
~ return act4_tens(n / 10) + "-" + act4_units(n mod 10)

// The same, for the start of a sentence.
=== function act4_num_cap(n)
{
- n >= 1000 || n < 0:
    ~ return n
- n >= 100 && n mod 100 == 0:
    ~ return act4_units_cap(n / 100) + " hundred"
- n >= 100:
    ~ return act4_units_cap(n / 100) + " hundred and " + act4_num(n mod 100)
- n < 20:
    ~ return act4_units_cap(n)
- n mod 10 == 0:
    ~ return act4_tens_cap(n / 10)
}
~ return act4_tens_cap(n / 10) + "-" + act4_units(n mod 10)

=== function act4_units(n)
{ n:
- 0: ~ return "none"
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
}
~ return n

=== function act4_units_cap(n)
{ n:
- 0: ~ return "None"
- 1: ~ return "One"
- 2: ~ return "Two"
- 3: ~ return "Three"
- 4: ~ return "Four"
- 5: ~ return "Five"
- 6: ~ return "Six"
- 7: ~ return "Seven"
- 8: ~ return "Eight"
- 9: ~ return "Nine"
- 10: ~ return "Ten"
- 11: ~ return "Eleven"
- 12: ~ return "Twelve"
- 13: ~ return "Thirteen"
- 14: ~ return "Fourteen"
- 15: ~ return "Fifteen"
- 16: ~ return "Sixteen"
- 17: ~ return "Seventeen"
- 18: ~ return "Eighteen"
- 19: ~ return "Nineteen"
}
~ return n

=== function act4_tens(t)
{ t:
- 2: ~ return "twenty"
- 3: ~ return "thirty"
- 4: ~ return "forty"
- 5: ~ return "fifty"
- 6: ~ return "sixty"
- 7: ~ return "seventy"
- 8: ~ return "eighty"
- 9: ~ return "ninety"
}
~ return t * 10

=== function act4_tens_cap(t)
{ t:
- 2: ~ return "Twenty"
- 3: ~ return "Thirty"
- 4: ~ return "Forty"
- 5: ~ return "Fifty"
- 6: ~ return "Sixty"
- 7: ~ return "Seventy"
- 8: ~ return "Eighty"
- 9: ~ return "Ninety"
}
~ return t * 10

=== function act4_name(who)
{ who:
- Data: ~ return "Data"
- Riker: ~ return "Will"
- LaForge: ~ return "Geordi"
- Worf: ~ return "Worf"
- Troi: ~ return "Deanna"
- Crusher: ~ return "Beverly"
}
~ return "someone"

// Data can walk the hills only if he came down and is whole enough to be here.
=== function act4_data_here()
~ return on_planet(Data) && not is_one_of(data_state, (destroyed, impounded))

// Troi at Picard's side on the obey route: any Troi not left out of it by Act III.
=== function troi_here()
~ return loyalty_troi >= 25

// Riker's run happens unless Picard obeyed or was relieved.
=== function act4_has_run()
~ return not is_one_of(command, (obeying, relieved))

// The loyalty that commands the run: Riker's own, or the helm officer's (Riker - 20) without him.
=== function act4_riker_eff()
{ aboard(Riker):
    ~ return loyalty_riker
}
~ return loyalty_riker - 20

// Who has the center seat: Riker, or Lieutenant Perim, whom Riker named in writing
// (interlude_pursuit says why the senior officers aboard let it stand).
=== function act4_cmdr()
{ aboard(Riker):
    ~ return "Riker"
}
~ return "Perim"

// Rule 2: La Forge aboard at 50+, or the isolytic weapon known in advance.
=== function act4_tear_contained()
~ return (aboard(LaForge) && loyalty_laforge >= 50) || evidence ? isolytic_arms

// Rule 3: the gas trap needs Riker at 60+ and either La Forge aboard at 70+ or the metreon briefing.
=== function act4_gas_trap_ready()
~ return act4_riker_eff() >= 60 && ((aboard(LaForge) && loyalty_laforge >= 70) || secrets ? metreon)

// Rule 4: back in time for the collector.
=== function act4_returns()
~ temp eff = act4_riker_eff()
{ act4_gas_trap_ready():
    ~ return (riker_order == come_back && eff >= 50) || eff >= 80
}
~ return eff >= 80

// The officer hurt in the fight at the caves: the one nearest the front.
=== function act4_pick_wounded()
{
- on_planet(Worf): ~ return Worf
- on_planet(Riker): ~ return Riker
- act4_data_here(): ~ return Data
- on_planet(LaForge): ~ return LaForge
- on_planet(Troi): ~ return Troi
- on_planet(Crusher): ~ return Crusher
}
~ return ()

// A covert Picard found leading the Ba'ku at the caves loses his cover, as at sona_alert 60.
=== function act4_unmask()
{ command == covert && not covert_discovered:
    ~ covert_discovered = true
    ~ shift_standing(-30)
}
