// act4_hills.ink: Act IV, The Hills (chapter 4).
// Defense route: night_evacuation, worfs_targets, the_march, drone_tags, artim_and_data,
// captured_trooper, field_clinic, kelbonite_caves, cave_in, sona_landing, with Riker's run
// told between them (interlude_pursuit, interlude_subspace_tear, interlude_metreon).
// Obey route (IV-O): tagging_supervision, holoship_transfer, datas_objection,
// sojef_on_the_holodeck. Every path leaves by -> act5.

=== act4 ===
# chapter: 4 The Hills
# checkpoint: chapter-4
{command == obeying:The transfer begins on the hour, to a schedule you have read three times and initialled once.|Dusk comes to the village slowly, the way it always does, and tonight nobody has the patience for it.}
// Timing (bible, Act IV): tagging starts at hour 10, or 8 if the Son'a were already watching
// closely. Every hour past the start has cost a hundred villagers, up to three hundred.
~ act4_tag_start = 10
{ sona_alert >= 60:
    ~ act4_tag_start = 8
}
~ act4_tagged_early = clamp(hours - act4_tag_start, 0, 3) * 100
~ take_baku(act4_tagged_early)
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
"Jean-Luc." Dougherty sounds less angry than tired, like a man reading a bill he expected. "The Son'a have you on a sensor sweep, {the_march:walking at the head of the whole village|standing at the well with the whole village around you}. Tell me there's a reading I'm missing." # speaker: Dougherty
* [Tell him there is nothing missing]
    "There isn't, Matthew. You're reading it correctly." # speaker: Picard
    A long breath on the channel, and then, oddly, no argument. "All right," he says. "All right." The channel closes from his end. # speaker: Dougherty
    ~ doubt(1)
* [Close the channel without a word]
    You close it. Whatever he says next, he says to the static, and you walk on with the uniform that no longer hides anything.
-
->->


=== night_evacuation ===
~ pass_time(1)
-> act4_cover_check ->
{ command:
- resigned:
    There are no pips at your collar tonight. The Ba'ku do not seem to notice the difference, which is a verdict of its own.
- mutinous:
    You are still captain of the Enterprise, and the Enterprise is running for the edge of the nebula against orders. Down here that buys you a lantern and a list of names.
- covert:
    { covert_discovered:
        The uniform was supposed to keep Dougherty believing you were standing by at the observation post. Now it only makes you easy to find in the dark.
    - else:
        As far as Admiral Dougherty knows, you are standing by at the observation post. The uniform is what lets him go on believing it.
    }
- relieved:
    Will Riker has your ship. You have a borrowed coat, a tricorder nobody signed out to you, and {LIST_COUNT(planet_team) == 0:no one at all beside you|{LIST_COUNT(planet_team) == 1:one officer who chose to follow|{LIST_COUNT(planet_team)} officers who chose to follow}}.
- else:
    You cross the square with the last of the light behind you.
}
{ act4_tagged_early > 0:
    The drones came before you did. By the time you reach the well, {act4_tagged_early} of the six hundred are already gone: a door open on a lit room, a basket of beans set down on a step and never picked up.
- else:
    Nothing has come yet. The sky above the rings is clear, and somewhere behind it the Son'a are still counting.
}
{
- baku_trust >= 60:
    Sojef is waiting at the well. He has already sent runners to the far houses; he only wants to know which path.
- baku_trust >= 40:
    Sojef is waiting at the well with his arms folded, listening all the way to the end before he agrees to anything. Then he agrees.
- else:
    Sojef is waiting at the well, and he does not pretend to be glad of it. "Some of us will come," he says. "Some of us have been warned by strangers before, and the strangers were wrong." # speaker: Sojef
}
Someone has set an open field kit on the rim of the well: tricorders, a medical pouch, two phasers in their clips. {prime_directive == breached:Sojef's eyes go to the phasers and stay there. Whatever trust there is between you tonight, it does not extend to those.}
* [Take a phaser and clip it to your belt]
    ~ act4_armed = true
    The weight settles at your hip. {~Sojef watches you do it and says nothing at all.|Artim, at his father's elbow, watches the phaser the way children watch a fire.}
* [Close the kit on the phasers]
    You close the lid and fasten it. Sojef's arms come unfolded. It is a small thing, and in this village small things are counted.
    ~ trust(5)
- The village has to move tonight, all of it, and most of it is already in bed.
* [Ring the meeting bell]
    The bell carries across the fields and, you suspect, a fair way into the sky. Doors open up and down the lane, and the square fills faster than you would have thought possible.
    ~ raise_alert(5)
* [Go door to door with Sojef]
    It is slower. At each door Sojef says a few words, and you say fewer, and nobody asks either of you to repeat them. Somewhere behind you, at a door you have not reached yet, transporter light flickers and is gone.
    ~ trust(5)
    ~ take_baku(10)
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
    You go from door to door and say it plainly, then less plainly, then once more with your voice raised. Half of them come. The Ba'ku who watch you do it look at you differently afterwards, as if you had raised your voice in a temple.
    ~ trust(-5)
    ~ take_baku(30)
* [Let them choose, and leave a light in each window]
    You leave them their lamps and go. An old woman at the last door thanks you, not for the warning, but for not repeating it.
    ~ trust(5)
    ~ take_baku(60)
-
-> departure

= departure
{ on_planet(Worf):
    -> worfs_targets
}
-> the_march


=== worfs_targets ===
Worf finds you at the edge of the fields with a rifle across his back. The rash along his jaw has spread since morning, and he has stopped pretending not to notice it.
"Before we march, sir, I must know what I may fire on." # speaker: Worf
{ loyalty_worf < 40:
    He says "sir" like a man setting down a load he has not yet decided to pick up again.
}
"The drones, certainly. But there are Starfleet technicians at the lake, guarding the holoship. Without the holoship, there is nowhere to send the people the drones take." # speaker: Worf
* [Drones only. Nothing with a pulse.]
    ~ worf_targets = targets_drones
    Worf weighs it. "And if they fire on the Ba'ku?" # speaker: Worf
    ** (answer_fire) [Then you answer them, and no further]
        "Understood." Something in his shoulders settles. He has been given a line, and a line is a thing he knows how to hold. # speaker: Worf
    ** [Then you cover the Ba'ku, and you do not answer]
        "You ask me to stand in the open and be shot at politely." # speaker: Worf
        "I ask you to be the one thing here that does not escalate." # speaker: Picard
        He does not like it, and he says so with his silence, all the way to the first bend in the path.
        ~ loyalty(Worf, -5)
* [The technicians at the lake as well]
    ~ worf_targets = targets_technicians
    Worf nods once, as if he had expected to argue and is faintly disappointed not to. He asks Sojef for the quickest path to the lake, is given it without a word of comment, and goes alone.
    He is back before the column has finished forming, with a scorch on one sleeve. "The emitters are down. Two technicians stunned. One will need a bone set." # speaker: Worf
    You will think later about how easily the words came out of you. Starfleet will think about it too, at length, and in writing.
    ~ force_on_starfleet = true
    ~ shift_standing(-25)
    ~ loyalty(Worf, 5)
* [Whatever comes at us. Use your judgement.]
    ~ worf_targets = targets_anything
    Worf looks at you a beat longer than protocol allows. "Thank you, Captain." # speaker: Worf
    {is_one_of(command, (resigned, relieved)):He has called you Captain without thinking about it, though your collar is bare.|He says it like a man who has been handed something he means to give back intact.} He checks the rifle's charge twice.
    ~ loyalty(Worf, 5)
-
-> the_march


=== the_march ===
Sojef lays out the routes with his hands instead of a map: the high pass, steep and quick; the stream path, slow and sheltered; the terraces, where the orchards give cover and the paths divide. The caves are five hours off for the young and more for everyone else.
{ act4_data_here():
    "At a pace suited to the oldest villagers, we arrive well after dawn," Data says. "The drones will not wait for dawn." # speaker: Data
}
{ on_planet(Riker):
    Riker has found a walking stick somewhere and is testing it against the ground. "Whatever you pick, I'll take the back of it," he says. # speaker: Riker
}
* [One column, as fast as the slowest can go]
    ~ march = march_column
    One column, then, up the high pass. Sojef nods; it is what he would have chosen, and he says so, which you suspect is a courtesy.
    ~ take_baku(60)
* [Small groups, by different paths]
    ~ march = march_groups
    {
    - on_planet(Troi) && loyalty_troi >= 60:
        "I'll take the terrace path," Troi says before you can ask. "The families with small children. They'll go quieter if someone is listening to them." # speaker: Troi
        You let her go. The groups break apart at the mill like water finding three channels, and hers is the quietest.
        ~ take_baku(30)
    - on_planet(Troi):
        You turn to Troi. She meets your eyes and shakes her head, not unkindly. "I'd be leading them on your word, Jean-Luc. Tonight I'm not sure how much of it I have." # speaker: Troi
        So the groups go without her, led by villagers who know the paths and not the drones, and some of them will not get there.
        ~ take_baku(90)
    - else:
        The groups go off led by villagers who know the paths better than you, and the drones better than no one. Some of them will not get there.
        ~ take_baku(90)
    }
* {act4_armed || on_planet(Worf) || on_planet(Riker) || act4_data_here()} [Make a stand at the ridge and bring the drones down]
    ~ march = march_stand
    You pick the ridge above the stream path: a long slope of scree where anything flying in has to come in low. The village goes on ahead, and you stay behind with {LIST_COUNT(planet_team) > 0:the others and }whatever can be aimed.
    It costs an hour and it makes a great deal of noise. Every drone that falls on the scree is a light on somebody's screen in orbit.
    ~ take_baku(20)
    ~ raise_alert(15)
    ~ pass_time(1)
-
-> act4_cover_check ->
The path climbs out of the fields. Behind you the village is a handful of dark roofs and one mill wheel still turning, because no one thought to stop it.
* [Walk beside Anij]
    Anij falls into step without looking at you, as though you had arranged it days ago. "You walk like a man who expects to be late," she says. # speaker: Anij
    "I generally am, lately." # speaker: Picard
    "Then slow down." She does not explain, and after a while you do, a little, and the path does not seem any longer for it. # speaker: Anij
    ~ bond(1)
* [Walk at the head with Sojef]
    You walk at the head with Sojef, matching his stride, which is longer than it looks. He names every turn as you reach it, for the people behind, and twice he asks your opinion and takes it.
    ~ trust(5)
* (rear) [Take the rear, with the slowest]
    You drop back to the end of the line, where the old walk with the very young and everybody carries somebody's bundle. An old man named Hessa tells you, at some length, what the hills were like before the last great storm. It was a hundred and forty years ago. He remembers the weather of every day of it.
-
{ march == march_column:
    The high pass is steep, and the column does not stop. { the_march.rear: Because you are at the back, you see who falls behind, and twice you carry a pack or an arm up the worst of it.| Nobody at the back has anyone to tell.} By the top, {the_march.rear:one|two} of the oldest have sat down beside the path and not got up again.
    { the_march.rear:
        ~ add_casualties(1)
    - else:
        ~ add_casualties(2)
    }
}
-> drone_tags


=== drone_tags ===
+ [Climb on through the dark]
-
~ pass_time(1)
-> act4_cover_check ->
{ command == relieved:
    Before dawn you look up once and find the Enterprise among the slow lights overhead, holding station beside the Son'a ships, exactly where Dougherty wants her. Will has kept her safe. That was always the point of him.
}
The drones {act4_tagged_early > 0:come back|come} with the grey before sunrise: smaller than you pictured and quicker, a dozen of them skimming the slope in a loose net, each carrying a rack of darts no longer than a finger.
A dart strikes a woman at the edge of the path. It clings to her sleeve and begins to pulse, softly, like something breathing. She has time to look down at it, and then the transporter takes her.
{ worf_targets == targets_technicians:
    With the holoship's emitters down, the tags send people to the Son'a ships instead. Worf's raid on the lake has changed where they will wake, and nothing else.
}
-> act4_shuttle_memory ->
The nearest drone banks toward the stream, where a dozen children have stopped to drink.
* {act4_armed} [Shoot it down yourself]
    The phaser bucks once. The drone comes apart over the water in a shower of sparks, and the others swing toward the flash like a flock turning. The children run. Every one of them reaches the trees.
    ~ raise_alert(5)
* [Get the children under the trees]
    You shout, and the children scatter, and most of them reach the trees. The drone takes the two who stopped to help a smaller one up.
    ~ take_baku(10)
* {act4_data_here()} [Ask Data how the drones find their marks]
    "Motion and heat contrast, Captain," Data says at once. "They are tuned for a walking figure against cold ground. A still one, under cover, is only a rock." # speaker: Data
    "Everyone down. Nobody move." # speaker: Picard
    The children drop into the ferns like stones into a pond. The drone passes over them twice, hunting, and goes away empty.
* {on_planet(LaForge)} [Ask Geordi what he can see of them]
    Geordi squints into the grey, and you remember, with a small jolt, that he is squinting with his own eyes. "They're reading heat. Anybody moving stands out like a lamp. Get 'em flat and still and they're just more ground." # speaker: La Forge
    "Everyone down. Nobody move." # speaker: Picard
    The children drop into the ferns. The drone passes over twice, and goes away empty.
-
A dart takes Vaen, the potter, between the shoulder blades as he bends to lift a fallen child. You are three steps away. The tag begins to pulse.
* (tore_tag) [Tear the tag off with your bare hand]
    It is hot, far hotter than it looks, and it does not want to let go. Then it does, with a sound like a seam ripping, and you fling it into the stream, where it hisses and goes dark. Vaen stares at you. Your palm is already blistering.
    ~ trust(5)
* [Tell him what is happening, so he isn't afraid]
    You take his shoulders and tell him quickly and exactly: a transporter, a Son'a ship, alive where he lands. He nods as though you had given him directions to a neighbour's house. Then he is light, and then he is gone, and the child he was lifting stands in the path holding nothing.
    ~ trust(5)
    ~ take_baku(1)
-
{ on_planet(Worf) && (worf_targets == targets_anything || loyalty_worf < 40):
    -> worf_fires
}
-> onward

= worf_fires
Behind the drones, on foot, a Son'a patrol comes over the ridge: four troopers in silver, rifles down, walking like men on an errand they do not expect to be difficult.
{ worf_targets == targets_anything:
    Worf does not ask. You gave him leave, and he uses it: three shots, three flashes along the ridge, and the patrol becomes two men dragging two others back the way they came. Somewhere in orbit an officer is making a note of it.
    ~ add_casualties(2)
    ~ raise_alert(15)
    -> onward
}
You gave him no such leave. He fires anyway: three shots, fast and very accurate, and two of the troopers go down and do not get up.
The Ba'ku nearest to him have stopped walking.
~ worf_fired_unbidden = true
~ add_casualties(2)
~ raise_alert(15)
* (took_rifle) [Take the rifle out of his hands]
    Worf lets you. That is the worst of it: he does not resist at all, only opens his hands and watches you take it, as if he had been waiting to learn what you would do. "As you wish." # speaker: Worf
    He walks the rest of the morning unarmed, and he does not speak to you once.
    ~ loyalty(Worf, -10)
* [Ask him why]
    "They were coming for the children," he says. # speaker: Worf
    "They were coming for everyone. They were not shooting yet." # speaker: Picard
    "Yet," Worf says, and lets the word stand between you. He does not apologise. He does not fire again, either. # speaker: Worf
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
    "Same trick Data's scout ship used on us," Geordi says, watching a drone bank. "A carrier pulse a half-second before the lock. You see it?" You do not. He does, with his own eyes, and he sounds almost embarrassed by how clearly. # speaker: La Forge
- on_planet(Riker) && shuttle_partner ? Riker:
    "Last time I chased something this small across a sky," Riker says, "it was Data in a scout ship, and you were telling me not to hit him." # speaker: Riker
- LIST_COUNT(shuttle_partner) > 0:
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
    "There is no song," you agree. Worf does not look at you, but the rifle steadies, and at the next bend he falls into step half a pace behind your shoulder, where a bodyguard walks.
    ~ loyalty(Worf, 5)
-
->->


=== act4_midday ===
{ act4_data_here():
    -> artim_and_data
}
-> captured_trooper


=== artim_and_data ===
+ [Walk on into the morning]
-
By mid-morning the village is strung out along a dry streambed under an overhang of red rock, resting because the oldest cannot go on without it.
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
"Stay with them, Data. Drones can be counted. These can't be replaced." # speaker: Picard
"Yes, sir." He sits back down. Artim shuffles a hand's breadth closer to him along the stone, as though to make sure of it. # speaker: Data
-> play

= decides
"You know the drones, and you know these children. Where should you be?" # speaker: Picard
Data considers it for nearly two seconds, which for him is a long silence. "I have calculated that jamming the relay would save more people. I find the calculation does not settle the question. Artim asked me this morning to stay near him. No one has asked me that before, in quite that way." # speaker: Data
"Then stay." # speaker: Picard
"Thank you for asking me, sir," Data says. "It is different from being told." He says it as an observation. He sits down beside the boy as though the stone had been keeping his place. # speaker: Data
~ data_volunteers = true
~ loyalty(Data, 10)
+ [Leave them to it]
-
-> play

= hunts
~ pass_time(1)
~ take_baku(-40)
"Go. Jam it." # speaker: Picard
Data goes west along the ridge at a pace no one else could keep{data_state == damaged:, the knee clicking all the way}.
+ [Watch him out of sight]
-
An hour later the drones begin to wander, sweeping empty slopes, firing at rocks. Later, counting in the caves, you will find forty more faces than you had any right to.
{ on_planet(Worf) && loyalty_worf >= 50:
    Artim tries to follow him. He is fast and small and halfway up the slope before anyone sees, and a drone sees him first. Worf sees it second. He covers the last ten metres in a way no one his size should be able to, and the dart meant for the boy strikes the stock of his rifle instead, pulsing uselessly in the wood until he prises it out with his thumb and crushes it.
    Artim stares up at him as if he had just been shown a mountain. Sojef, reaching them, takes Worf's hand in both of his and holds it a moment longer than Worf knows what to do with.
    ~ trust(5)
    -> captured_trooper_from_hunt
}
Artim tries to follow him. He is fast and small and halfway up the slope before anyone sees. The dart takes him on the sleeve. He looks down at it, and then back at you, more puzzled than frightened, and then the transporter takes him too.
Sojef does not cry out. He walks up the slope to the place where his son was and stands there.
~ artim_tagged = true
~ take_baku(1)
~ trust(-10)
* [Go up the slope to Sojef]
    You go and stand beside him. He lets you. After a while he says, "They will keep him alive. They want us alive. That is the whole of their plan." It is not quite a question, and you do not answer it as one. # speaker: Sojef
* [Tell Data, over the comm]
    The channel is silent for long enough that you check it is still open. "I will finish the task, Captain," Data says. "Then I would like to find him." # speaker: Data
    He says nothing else. He does not need to.
    ~ loyalty(Data, -5)
-
-> captured_trooper

= captured_trooper_from_hunt
-> captured_trooper

= play
Artim has a game. It is called, as far as you can tell, Stones: two players sit facing each other, and the first to move loses. He explains the rules to Data three times, with growing suspicion.
Data wins the first round in forty seconds, when Artim sneezes. He wins the second and the third. Artim narrows his eyes and announces a new rule: you may try to make the other player move, any way you like, except by touching.
* [Join the game]
    You sit down on the next stone. Artim adds you to the game without comment, as though you had been expected. You last eleven seconds against an itch on the back of your neck, and the Ba'ku children watching shriek with a joy quite out of proportion to it.
    ~ trust(5)
* [Keep watch, and let them play]
    You stand at the edge of the overhang with an eye on the sky, and listen. Behind you Artim is pulling faces, making noises, telling Data increasingly elaborate lies about a snake.
-
Data does not move. He will not move until the sun goes down, if that is what the rules require, and Artim begins to understand this, and his face begins to fall.
Then Data tips, very slightly, to the left, as if a breeze had caught him.
"You moved!" Artim is on his feet. "You lost! You moved on purpose!" # speaker: Artim
* [Ask Data why he moved]
    Later, when Artim has gone to tell everyone, you ask him. Data takes the question seriously, as he takes all of them.
    "I could have won indefinitely, sir. But he would have stopped playing. I found that I preferred the game to continue more than I preferred to win it. I believe that may be the point of the game." # speaker: Data
    He pauses. "I would like to remember this." # speaker: Data
    ~ loyalty(Data, 5)
* [Say nothing, and let Artim ask]
    Artim asks for you. He asks the way children ask, loudly and at once: why, why did you, you could have won. # speaker: Artim
    "If I had won, you would have stopped," Data tells him. "I wanted you to keep playing." # speaker: Data
    Artim considers this with great seriousness and then sits back down on his stone, which you gather means that he accepts the terms.
-
~ find_secret(artim_play)
-> captured_trooper


=== captured_trooper ===
+ [Follow the path down into the gully]
-
-> act4_cover_check ->
In the afternoon you find a Son'a at the bottom of a gully: silver armour, a leg bent the wrong way, a burn across the ribs, and a face pulled so tight by surgery that it looks lacquered. {worf_targets == targets_anything || worf_fired_unbidden:He is one of the patrol Worf shot on the ridge, and he crawled a long way.|He fell chasing a drone down the scree, and his own people have not come back for him.}
He gives his name as if it were a rank. Ro'vek.
He looks past you, up the gully, at the hills the Ba'ku are climbing, and something in the stretched face changes. "Is the cold spring still running?" he asks. "Under the three stones." # speaker: Ro'vek
Anij, beside you, goes still. "No one has called it that in a hundred years," she says quietly. # speaker: Anij
Sojef says nothing at all. He looks at the trooper as if at a word in his own language that he had forgotten he knew.
{ echo_sona_genome:
    You have the oddest sense, looking at that face, of having already seen what lies beneath it, on a small screen, in someone else's hands.
}
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
Beverly is already climbing down into the gully. She splints the leg with two rifle stocks and a strap of her own pack, closes the burn, and runs a scanner over him out of pure habit, the way she runs one over everyone.
Then she runs it again. "Jean-Luc. Come and look at this." # speaker: Crusher
Under the grafts and the stretching and a century of decay, the cells on her screen are not Son'a. They are Ba'ku, the same markers she has been logging in the village for days. "He's one of them," she says. "Or he was." # speaker: Crusher
Ro'vek turns his face to the rock.
~ find_secret(sona_genome)
* [Show Sojef the scan]
    You hand Sojef the scanner. He reads it without needing it explained, the way he reads weather. "Some of our young ones left," he says at last. "A long time ago. We do not speak of it often." He gives it back. It is more than he has ever told you, and he knows it. # speaker: Sojef
    ~ trust(5)
* [Keep it between you and Beverly for now]
    "Not yet," you tell her. She looks at you, and at Sojef, and closes the scanner. "You're saving a great many things for later, Jean-Luc," she says. But she keeps this one. # speaker: Crusher
-
-> treated_end

= treated_by_hand
You splint the leg yourself, with a branch and your belt, badly. You clean the burn with water from a flask. Ro'vek watches you do it with an expression it takes you a long time to read. It is astonishment.
"Why?" he asks. # speaker: Ro'vek
* [Because you are hurt]
    "Because you're hurt. That's the whole of it." # speaker: Picard
    He laughs, once, and it hurts him. "Gallatin will hear of this," he says. You cannot tell whether he means it as a threat or a promise. # speaker: Ro'vek
* [Ask him about the cold spring]
    "Tell me about the spring." # speaker: Picard
    For a moment he almost does; you watch it come up in him and stop at his teeth. "It was cold," he says. "That is all. Gallatin will hear you were decent. That is the most I can give you." # speaker: Ro'vek
-
-> treated_end

= treated_end
Word travels fast on a Son'a channel. By nightfall, you suspect, someone on the flagship will know that the rebels in the hills splinted a trooper's leg.
-> act4_afternoon

= questioned
~ rovek = rovek_questioned
The collector is what you need to understand, and Ro'vek has seen it up close.
* {on_planet(Worf)} [Let Worf ask the questions]
    Worf crouches at the man's head and asks in short, flat sentences, and Ro'vek answers faster than he meant to. Worf never raises his voice. He does not have to.
* {on_planet(Troi)} [Ask Deanna to read him while you ask]
    Troi kneels on his other side and says nothing. When he lies, she touches your sleeve. After the third time he notices, and stops lying.
    "He's frightened of it," she tells you afterwards. "Of the collector. More than he's frightened of us." # speaker: Troi
* [Ask him yourself, quietly]
    You sit on a rock beside him and ask as if you were asking a colleague. He answers like one, in the end, with the exhausted precision of a man who has run the numbers on his own death too many times.
-
He has seen the projections. When the collector has taken what it came for, the rings burn off their particles in a single wave, and the wave does not stop at the rings. The planet will be sterile for generations. The Son'a engineers know. The figures are on the bridge display for anyone who wants to look.
You record every word on a tricorder. Halfway through, a light blinks on his wrist: his communicator, open the whole time. Someone in orbit has been listening.
~ gain_evidence(collector_projection)
~ raise_alert(10)
-> act4_afternoon

= shield
~ rovek = rovek_shield
You have him carried up onto the open ridge and set down against a rock, where any drone overhead will see a Son'a in silver sitting among the Ba'ku.
It works. The drones sweep the ridge and turn away. For the rest of the afternoon, nobody near him is tagged.
{ on_planet(Crusher):
    Beverly follows the stretcher up and then stops. "I won't be part of this, Jean-Luc. He has a broken leg. He is not a wall." # speaker: Crusher
    ~ loyalty(Crusher, -15)
}
{ on_planet(Troi):
    "He's terrified," Troi says, very quietly. "So are you. That isn't a reason." She walks away before you can find an answer. # speaker: Troi
    ~ loyalty(Troi, -15)
}
Sojef looks at the man against the rock for a long time. Then he brings him water, himself, and does not look at you at all.
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
+ [Shade your eyes and search the cloud for a light]
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
Beverly sets up under a rock shelf where the path turns: a blanket, a medkit, a tricorder, and a line of Ba'ku that forms before she has finished unpacking. Twisted ankles. A child's fever. A burn from a tag torn off too late{drone_tags.tore_tag:, and she looks pointedly at your palm until you hold it out}.
{rovek == rovek_treated:Ro'vek lies at the end of the row on a borrowed blanket, watching her work. Nobody has asked him to leave.}
She keeps people alive who would not otherwise have seen the caves; you count two, and stop counting.
~ add_casualties(-2)
* [Tease her about the spring in her step]
    "You're moving like a first-year intern," you tell her. # speaker: Picard
    "And you're walking like a man who hasn't noticed his knee stopped hurting three days ago." She does not look up from the splint. "Don't flatter yourself. It's the rings, not your company." But she is smiling. # speaker: Crusher
    ~ loyalty(Crusher, 5)
* [Ask what she needs]
    "Water. Clean cloth. Ten more hands, and someone to tell the man with the fever that he is not dying, because he won't believe it from me." # speaker: Crusher
    You find the water and the cloth and tell the man with the fever. He believes it from you, which annoys her exactly as much as you expected.
* [Ask what she is seeing in them]
    She hesitates, which she almost never does. "Something I want to check," she says. "Something that doesn't make sense yet." # speaker: Crusher
-
"Jean-Luc, give me an hour here. Not for them; they'll keep. For something I need to measure before we lose the light." # speaker: Crusher
* [Give her the hour]
    ~ pass_time(1)
    { loyalty_crusher >= 70:
        -> measured
    }
    She takes it, and spends it bent over her tricorder and a row of sleeping children, and at the end of it she writes three lines in her log and closes it. Whatever she found, she does not offer it to you, and you realise you have not earned the asking. The children are better for the hour, at least.
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
    You leave her to it. An hour later, passing you on the path, she says "Thank you" without slowing, and you are not sure for what, and you do not ask.
    ~ loyalty(Crusher, 5)
-
-> act4_to_caves


// ---------------------------------------------------------------- Riker's run
// Third person, no choices; every line tagged. riker_run resolves by the bible's rules, in order:
// lost (pursuit), crippled (tear), then message_sent or returned (metreon).

=== interlude_pursuit ===
The Enterprise, running for the edge of the Briar Patch. # interlude: riker
{ not aboard(Riker):
    { on_planet(Riker):
        Lieutenant Perim has the center seat, because Commander Riker is on the planet with the captain. She has never held it for longer than a night watch, and the bridge watches her the way a bridge watches anyone new in that chair. # interlude: riker
    - else:
        Lieutenant Perim has the center seat. Commander Riker is in his quarters by his own choice, with the door shut, and the bridge watches Perim the way a bridge watches anyone new in that chair. # interlude: riker
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
Nobody on the bridge says the word mutiny. Nobody needs to. The Son'a channel says it for them every thirty seconds, in a calm Starfleet voice with the admiral's authorization code attached: a rogue vessel; all necessary measures. # interlude: riker
{ aboard(Riker):
    Riker followed the captain this far because the captain asked him to. He has not decided whether he believes in it, and the bridge can tell; every order reaches the stations half a second after it should. # interlude: riker
- else:
    Perim has inherited a mutiny she did not choose and a crew that does not want to be in it. Every order reaches the stations half a second after it should. # interlude: riker
}
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
{act4_cmdr()} gives the order no one on that bridge has ever heard spoken in earnest. Lifepods scatter into the gas like seeds shaken from a husk, and behind them the Enterprise hangs burning, the message to the Council still sitting in her buffers, unsent. # interlude: riker
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
{ riker_order:
- at_all_costs:
    The captain's order was plain: the message, whatever it costs. {act4_cmdr()} has been doing the arithmetic on "whatever" since they broke orbit. # interlude: riker
- come_back:
    The captain's order came with a return address: get the message out, then come back for us. {act4_cmdr()} means to honour both halves, in that order. # interlude: riker
- spare_the_ship:
    The captain's order put the crew before the message. It is the hardest kind of order to carry, because it asks you to know when to stop. # interlude: riker
- else:
    Nobody has said what comes after the message. {act4_cmdr()} will have to decide that when it comes. # interlude: riker
}
{ aboard(Data):
    "The lead vessel matches each of our course changes within four seconds," Data reports from ops. "It is no longer following us. It is predicting us." # interlude: riker # speaker: Data
}
{ aboard(Worf):
    Worf reports every Son'a volley as a number, followed by a silence that says what he thinks of it. # interlude: riker
}
{ aboard(Troi):
    Troi sits beside the center seat with her hands folded, the way she sits when she is holding something still inside herself. Once, very quietly, she says, "They're all right. Down there. I would know." Nobody asks how. # interlude: riker # speaker: Troi
}
{ aboard(Crusher):
    Sickbay calls the bridge twice. The second time it is Crusher herself. "Whatever you're doing up there, do a little less of it. I have people on the floor." # interlude: riker # speaker: Crusher
}
{ aboard(LaForge):
    Down in engineering Geordi has the core running at a pitch it was never rated for, and he is talking to it under his breath, coaxing, the way other people talk to horses. # interlude: riker
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
The Son'a do not come after the pods. There is no need. A rogue ship is finished, and the people in the pods are nobody's problem now but the nebula's. # interlude: riker
{ aboard(Troi):
    Troi sits in the seat opposite, knees almost touching, eyes closed. "They're alive," she says. "Most of them. I can feel that much." # interlude: riker # speaker: Troi
}
Far off, where the Enterprise was, something flares and fades, and then there is only the gas. # interlude: riker
-> kelbonite_caves

= sealed
Engineering, the Enterprise. # interlude: riker
The Son'a weapon does not strike the ship. It strikes space, just off the starboard bow, and space comes apart along a seam: a rupture in subspace, bright and spreading, coming toward them faster than the ship can run. # interlude: riker
{
- aboard(LaForge) && loyalty_laforge >= 50 && evidence ? isolytic_arms:
    Geordi has been waiting for this since the captain showed him the scans of those emitters. The ejection sequence has been staged for a day; all it needs is his palm on the panel. # interlude: riker
    "Core's away," he says, in the voice of a man reporting the weather. "Give it ten seconds, then light it." # interlude: riker # speaker: La Forge
- aboard(LaForge) && loyalty_laforge >= 50:
    Geordi has never seen a tear like it, but he has read about them, and he knows the one thing that will close it: a great deal of energy, all at once, in exactly the wrong place. # interlude: riker
    "We need the core," he says. "Not in here. Out there." He is already keying the ejection by hand, a sequence that ought to take ninety seconds, in forty. # interlude: riker # speaker: La Forge
- on_planet(LaForge):
    Geordi is on the planet. What he left behind is a staged ejection sequence and a note taped to the master console in his own hand: IF THEY FIRE THE ISOLYTIC, DON'T THINK, PRESS THIS. The engineer on watch does not think. She presses it. # interlude: riker
- else:
    Geordi staged the ejection sequence days ago, the night the captain brought him the scans of those emitters. Whatever else he feels about this voyage, he did that much, and it is enough. The engineer on watch presses the panel. # interlude: riker
}
The warp core tumbles away astern into the mouth of the tear. {act4_cmdr()} gives it ten seconds and then a torpedo. # interlude: riker
The blast fills the viewer. For a moment it looks as if it will not be enough; then the tear folds in on itself like a closing eye and is gone. # interlude: riker
The Enterprise is still running: on impulse and stubbornness now, with no warp core and two Son'a ships behind her, but running. # interlude: riker
{ aboard(Riker):
    "Well," Riker says, "we're lighter." Nobody laughs, and everybody feels better. # interlude: riker # speaker: Riker
}
~ core_ejected = true
-> kelbonite_caves

= torn
Engineering, the Enterprise. # interlude: riker
The Son'a weapon does not strike the ship. It strikes space, just off the starboard bow, and space comes apart along a seam. # interlude: riker
{ aboard(LaForge):
    Geordi is at the master console, and he is half a minute slower than he would have been a week ago. He has been slow all voyage in small ways, his mind somewhere else: on a sunrise, and on what it would cost to give one up. # interlude: riker
    "We've got to dump the core into that thing," he says, "and I need ninety seconds to get it out." # interlude: riker # speaker: La Forge
- else:
    {on_planet(LaForge):Geordi is on the planet|Geordi is not at his post}, and the engineer on watch has never ejected a core outside a simulator. She has ninety seconds of work to do, and nobody has ever asked her to do it in less. # interlude: riker
}
They do not have ninety seconds. The tear reaches the stern while the core is still in its housing. The ship is flung sideways, and every warp coil aft of the saucer screams and goes dead. # interlude: riker
When the lights come back, such as they are, the tear has burned itself out behind them and taken most of the engines with it. No warp. Impulse at a crawl. The subspace transmitter is a slag of fused relays on a deck open to space. # interlude: riker
{ aboard(Riker):
    Riker reads the damage report for a long time. Then he hands it back and says, "Get me anything that still moves." # interlude: riker # speaker: Riker
- else:
    Perim reads the damage report for a long time, and then looks at the empty place beside the chair where she half expects Commander Riker to be standing. # interlude: riker
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
The pod's beacon has been calling for hours on the one frequency the nebula lets through, which is the frequency every ship in the Briar Patch is listening to. Someone will hear it eventually. Who, is another matter. # interlude: riker
{act4_cmdr()} thinks about the message sitting in the wreck of the computer core, addressed to the Federation Council, which will now never be read. # interlude: riker
Nobody is coming back for the captain. Nobody is coming back for anyone. # interlude: riker
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
    Geordi comes up to the bridge himself, which he never does in a fight, with a padd and the look of a man who has had an idea he does not entirely approve of. # interlude: riker
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
The Son'a fire into it. They have been firing at everything for hours, and they do not stop to look. # interlude: riker
The veil ignites from end to end. When the light clears, both Son'a ships are drifting with their shields down and their weapons dark, and the Enterprise is alone. # interlude: riker
~ gas_trap = true
Twenty minutes later, past the nebula's edge, the message goes out to the Federation Council with everything the captain put in it. # interlude: riker
~ riker_run = message_sent
~ shift_standing(15)
-> after_message

= hide
The Enterprise, deep in the Briar Patch. # interlude: riker
There is no trick left to play, so {act4_cmdr()} plays the oldest one there is, and hides. The Enterprise noses into the thickest cloud she can find and shuts down everything that glows. # interlude: riker
For four hours the Son'a hunt through the gas around her, passing close enough twice that the hull rings with their sensor sweeps. Nobody on the bridge speaks above a whisper. {aboard(Worf):Worf stands at tactical with his hands locked behind him, visibly offended by the whole business.} # interlude: riker
When the sweeps fade at last, {act4_cmdr()} creeps the ship out of the far side of the cloud at a pace a shuttle would be ashamed of. The message reaches the Federation Council in the end: late, but whole. # interlude: riker
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
    By the time the message is out, the Enterprise is a long, limping day from the planet, and whatever the captain is facing down there will be over, one way or another, before she could reach it. {act4_cmdr()} sits with that, and does not pretend otherwise. # interlude: riker
- riker_order == spare_the_ship:
    The order was the crew first. The crew is alive, every one of them, and the Enterprise holds position past the nebula's edge to wait for a Starfleet that is coming at its own speed. {act4_cmdr()} does not like it. That was never part of the order. # interlude: riker
- else:
    The message is out. The order is kept to the letter. The ship is too battered to turn back in time, and {act4_cmdr()} does not ask her to. Somewhere behind the gas the captain is on his own, which is what he asked for, and nobody on the bridge says so aloud. # interlude: riker
}
-> sona_landing


// ---------------------------------------------------------------- the caves

=== kelbonite_caves ===
+ [Climb toward the cliffs]
-
~ pass_time(1)
-> act4_cover_check ->
By late afternoon the hills close in around the path and the cliff rises ahead of you, pocked with openings like a dovecote. Kelbonite runs through this rock in seams. Where a seam is thick enough, no transporter beam can find anyone inside it, tag or no tag.
{ secrets ? kelbonite:
    -> known_seam
}
-> find_seam

= known_seam
You know exactly which cave. You walked this ridge days ago on the survey and watched the tricorder's readings collapse into nonsense at the third opening from the left, where the seam runs thickest.
You lead the village straight to it. The last drone of the day hangs outside the mouth, firing tags that flare and fizzle against the rock, and nobody inside goes anywhere.
-> inside

= find_seam
There are a dozen openings in the cliff. The tricorder shows kelbonite in all of them, in seams that wander and thin and vanish.
* {act4_data_here() || on_planet(LaForge)} [Have {act4_data_here():Data|Geordi} scan for the deepest seam]
    { act4_data_here():
        Data walks the foot of the cliff with his tricorder held out like a dowsing rod, pausing at each opening and moving on without comment.
    - else:
        Geordi walks the foot of the cliff, and twice he stops and simply looks at the rock, at some glitter in it that you cannot see.
    }
    It takes an hour, while the village waits in the open below and the drones work along its edges. The cave is a good one when it is found. Forty people did not live to see it chosen, not dead but gone, tagged and lifted out of the waiting crowd.
    ~ pass_time(1)
    ~ take_baku(40)
* {not (act4_data_here() || on_planet(LaForge))} [Sweep the openings with your own tricorder]
    You do it yourself, opening by opening, and you are slower at it than anyone trained would be. It takes an hour, and the drones use the hour. Sixty are gone by the time you find a seam worth trusting.
    ~ pass_time(1)
    ~ take_baku(60)
* [Take the nearest deep cave, now]
    You choose the nearest opening that goes back into the dark, and you choose wrong. The seam runs thin near the mouth, and for an hour the drones fire into the first chamber before anyone understands why people keep vanishing from the back of the line. Eighty, when you finally count.
    ~ take_baku(80)
-
-> inside

= inside
Inside, the cave opens into a long chamber with a spring at the back of it, and the Ba'ku settle into it with the unhurried competence of people who have spent three centuries making themselves at home. Within the hour there is a fire, and bread, and someone has started a song.
{artim_tagged:Sojef sits a little apart, with Artim's coat folded on his knee.}
* (deepest) [Put the children deepest, behind the old]
    You put the children in the back galleries, past the spring, with the oldest Ba'ku in front of them like a wall of patient grandparents. Nobody argues. A few of the grandparents look as though they had been about to suggest it.
* (watchers) [Post watchers at the cave mouth]
    You post watchers at the mouth in pairs, young Ba'ku with sharp eyes{on_planet(Worf):, and Worf walks the line of them twice, correcting how they stand}. They take it seriously. They take everything seriously tonight.
* [Count everyone by name, with Sojef]
    You walk the chamber with Sojef, and he says every name aloud, and you write them down. Of six hundred who lived in the village a day ago, {600 - baku_taken} are in this cave. Sojef reads the number over your shoulder and says nothing for a while. Then he thanks you for writing it down. "We should know," he says. # speaker: Sojef
    ~ trust(5)
-
The evening comes on. The fire burns low, and the cave fills with the sound of people trying to sleep.
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
Troi is sitting with her back to the rock, watching the dark at the cave mouth. "The ship," she says, before you ask. "{aboard(Riker):Will.|Everyone on her.} I keep reaching for them and getting nothing but the gas." # speaker: Troi
* [Tell her they know what they are doing]
    "They know what they're doing, Deanna. They'll be fine." # speaker: Picard
    She looks at you with great patience. "That isn't what I asked, Jean-Luc. I know they know what they're doing. I asked because I'm frightened." She pats your hand, which is worse than if she had argued. # speaker: Troi
    ~ loyalty(Troi, -5)
* [Admit you are afraid for them too]
    "So do I. Every hour. I sent them." # speaker: Picard
    She nods slowly, and something in her face unknots. "Thank you," she says. "It's easier to carry when I'm not the only one holding it." She stays beside you until the fire is nearly out. # speaker: Troi
    ~ loyalty(Troi, 10)
-
-> cave_in

= with_worf
Worf is at the cave mouth, very upright, scratching his jaw and then stopping himself, then scratching it again. A Ba'ku child has just asked him whether the spots are catching. He has told her they are a mark of honour. She has gone off to tell the others.
* [Offer him a salve from the medkit]
    "It does not itch," Worf says. It plainly itches. He takes the salve, turns his back to the cave so that no one can see, and applies it with enormous dignity. # speaker: Worf
    "Thank you, sir," he says afterwards, as if you had brought him ammunition. # speaker: Worf
    ~ loyalty(Worf, 5)
* [Tell him the child was right to ask]
    "She's being thorough, Mister Worf. It's a quality you usually admire." # speaker: Picard
    Worf considers this with visible reluctance. "It is," he concedes. Five minutes later the child comes back with three friends, and he inspects each of their arms for spots with great seriousness, and pronounces them clean. # speaker: Worf
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
    He takes a long time. "Not this," he says at last, and tilts his head at the sleeping cave. "Not them. I used to think I'd give almost anything. Turns out there's a list." He sounds relieved to have said it aloud, and more relieved that you asked. # speaker: La Forge
    ~ loyalty(LaForge, 10)
-
-> cave_in

= with_riker
Will is sitting on an upturned crate with his back against the wall, not sleeping. "I should be up there," he says. "Somebody else is flying my ship through that soup." # speaker: Riker
* [Tell him you need him here more]
    "I need you here more, Will." # speaker: Picard
    He looks at you sidelong for a while. "You know, that's the first time you've said that in so many words." He settles back against the wall, and five minutes later he is asleep. # speaker: Riker
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
"You are counting again," she says. "I can hear you doing it." # speaker: Anij
* [Admit that you are]
    "Six hundred, minus the ones I couldn't keep. I can't seem to stop." # speaker: Picard
    "No," she says. "You shouldn't. But you could count them slower." She puts her hand over yours on the rock and leaves it there, and the counting does slow, a little. # speaker: Anij
    ~ bond(1)
* [Ask her to tell you about the spring]
    She tells you: who found it, three hundred years ago; how cold it was the first winter; a child who fell in and came out blue and laughing. She tells it slowly, with long pauses, and you realise halfway through that she is not stalling. She is letting you rest. # speaker: Anij
    ~ bond(1)
-
-> cave_in


=== cave_in ===
{ sona_alert >= 80:
    The bombardment begins an hour after dark, and it is not a warning. The Son'a cannot beam anyone out of kelbonite, so they have decided to shake the hill until the people fall out of it, and they are doing it with everything they have. Four people die in the first minute, under the first fall of stone at the mouth.
    ~ add_casualties(4)
- else:
    The bombardment begins an hour after dark. The Son'a cannot beam anyone out of kelbonite, so they have decided to shake the hill until the people come out of it. Dust sifts down from the roof. The lamps swing.
}
You are in the back gallery with Anij, {kelbonite_caves.deepest:checking on the children you put there,|filling water skins at the spring,} when the third shell lands. It is less a sound than a change in the air. The roof of the passage behind you comes down all at once.
+ [Find her in the dark]
-
When the dust thins enough to breathe, there is a little light from a lamp that has survived on its side. Anij is sitting against the wall with her leg under a slab of rock. She is conscious. She is, of all things, annoyed.
"I was about to say something clever," she says. "I have forgotten what." # speaker: Anij
Through the rubble to your left there are voices: three people, one of them a child, in a pocket of the passage that is filling with dust. From behind you, faint and a long way off, comes the sound of {on_planet(Worf):Worf|{act4_data_here():Data|the Ba'ku}} digging toward you from the main chamber.
{drone_tags.tore_tag:Your burned palm opens again the moment you touch the stone.}
{ echo_perfect_moment:
    And under it all, absurdly, the certainty that you have been in this dark with her before.
}
* [Carry her out at once]
    -> carried
* [Dig the others out first]
    -> dug
* {anij_bond >= 3} [Stay with her in the dark]
    -> stayed

= carried
~ cave_choice = cave_carried_anij
You get your shoulder under the slab and heave, and it moves enough. She cannot stand. You lift her, which is easier than it should be, and start back along the passage toward the sound of digging, bent double, her arm round your neck.
* [Talk to her as you go]
    You talk to her the whole way, about nothing: the Enterprise's arboretum, a vineyard in France, a horse you rode as a boy. She listens with her eyes closed, and once she laughs, and it hurts her, and she tells you to go on anyway.
* [Save your breath for the climb]
    You save your breath. She does not need you to talk. Her breath against your neck is steady, and you walk to its rhythm, and the passage goes by faster than it has any right to.
-
You reach the diggers. They take her from you, gently, and then everyone turns to the other pocket, to the three voices. By the time the stone is moved, the voices have stopped.
~ bond(1)
~ add_casualties(3)
-> after_cave

= dug
~ cave_choice = cave_dug_out_others
"Go," Anij says, before you can ask. "I am not going anywhere. I think that is a joke." # speaker: Anij
You dig. The stones are sharp and the dust is thick, and {drone_tags.tore_tag:your burned hand leaves marks on every one of them|your hands are raw inside ten minutes}. It takes the better part of an hour, and at the end of it you pull a child out through a gap no wider than your shoulders, and then her mother, and then an old man who thanks you formally, as if you had held a door.
{ on_planet(Worf):
    Worf breaks through from the other side in time to see it. He says nothing. He does not need to; he simply takes the old man's other arm.
    ~ loyalty(Worf, 5)
}
When you get back to Anij, she has been alone in the dark for an hour. She is all right. She says so. Something in her face has closed a little, like a door pushed to but not latched.
~ bond(-1)
* [Tell her you are sorry]
    "I'm sorry." # speaker: Picard
    "Don't be," she says. "They are alive. I would have chosen them too. I only wish I had not had to listen to you choose." # speaker: Anij
* [Tell her you would do it again]
    "I'd do it again." # speaker: Picard
    "I know," she says, and there is something almost like approval in it, and something that is not. "That is who you are. I am only learning it." # speaker: Anij
-
-> after_cave

= stayed
~ cave_choice = cave_stayed_with_anij
You cannot move the slab alone, and the voices are beyond a wall of stone you could not shift in a day. You sit down beside her in the dust and take her hand.
"Good," Anij says. "Now. Don't look at everything. Pick one thing." # speaker: Anij
* [The drop of water forming on the rock]
    A drop of water is gathering at the tip of a stone above the lamp. You watch it swell, round and bright, holding the whole small flame inside it upside down.
* [The flame of the fallen lamp]
    The flame of the fallen lamp leans and straightens and leans, and inside it there is a blue heart you have never noticed in any flame in your life.
* [The sound of her breathing]
    You listen to her breathe: in, a small catch where the pain is, and out, slower. In. Out. Each breath longer than the last.
-
And then it stops. Not the thing you are watching: time. The moment opens around you like a room you have been walking past for sixty years without noticing the door. Nothing moves. Nothing needs to. You are not waiting for anything, and you realise, with something close to shock, that you cannot remember the last time that was true.
* [Ask her how she does it]
    "How?" It comes out as a whisper, and the moment shivers but does not break. # speaker: Picard
    "You just did it," she says. "I only held the door." # speaker: Anij
* [Say nothing, and stay in it]
    You say nothing. She says nothing. It is the longest conversation you have ever had.
-
When the moment lets go of you, the diggers are breaking through at last, lamplight pouring into the gallery. The other pocket, beyond the wall, has been silent for some time. You did not hear it stop.
~ find_secret(perfect_moment)
~ bond(2)
~ pass_time(1)
~ add_casualties(3)
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
    Dawn comes up grey. Above the rings, something vast is unfolding against the sky, panel after panel, catching the light. The collector is deployed. There is no longer any pretending about how much time there is.
- else:
    Dawn comes up grey and still, and the bombardment has stopped, which is worse.
}
{ kelbonite_caves.watchers:
    Your watchers see the shuttles first, and you have four minutes' warning before the troopers are on the slope.
- else:
    The first you know of it is the sound: shuttles settling on the plateau below the caves, and boots on the scree.
}
Son'a troopers fan out across the slope beneath the cave mouth. The kelbonite keeps out their transporters; it does nothing at all about their feet. At their head, helmet under his arm, is Gallatin.
"Captain Picard." His voice carries up the slope without effort. "I have orders to bring these people out. I would rather do it without shooting anyone. So would you." # speaker: Gallatin
{ gallatin_turn >= 2:
    There is something under the words, a question he is not allowed to ask. {rovek == rovek_treated:He has heard about Ro'vek's leg. You can see it in how he stands.}
}
* [Walk out and surrender, so that no one else is hurt]
    -> surrender
* {command == covert && not covert_discovered} [Walk out as Dougherty's officer, and keep the pretense]
    -> pretense
* [Fight them at the cave mouth]
    -> fight
* {gallatin_turn >= 2} [Go down alone and bargain with Gallatin]
    -> bargain

= surrender
~ act4_unmask()
~ picard_captive = true
~ take_baku(150)
You walk down the slope with your hands open. Behind you, the Ba'ku come out of the cave in ones and twos, blinking in the light, and Sojef walks at the front of them because someone must.
{ on_planet(Worf):
    { drone_tags.took_rifle:
        Worf comes last, empty-handed since the ridge, and the look he gives the troopers does more than the rifle would have.
    - else:
        Worf comes last. He sets his rifle down on a rock with a care that is almost tender, and straightens, and looks at Gallatin as though memorising him.
    }
}
* [Ask Gallatin to carry the injured first]
    "There are injured among them. An old woman with a crushed leg. Carry them first." # speaker: Picard
    Gallatin looks at you for a long moment and then gives an order you do not catch. Two troopers go up the slope with a stretcher, and they carry Anij down between them as carefully as if she were glass. The Ba'ku watching from the cave mouth see who asked.
    ~ trust(5)
* [Say nothing, and walk]
    You say nothing. There is nothing you can say to a Son'a officer on this slope that will not be taken as either a plea or a threat, and you will not give him either.
-
The transporter takes you from the plateau in a column of light. The last thing you see is the cave mouth, emptying.
-> act5

= pretense
~ picard_captive = true
~ take_baku(150)
~ strain_prime_directive()
~ trust(-10)
You walk down the slope in your uniform, and when you reach Gallatin you speak as a Starfleet officer speaks to an ally: you have gathered the Ba'ku in one place, for their own safety, pending transfer. You have been waiting for an escort.
Gallatin does not believe a word of it. He also has no orders about what to do with a Starfleet captain who says such things, and so he takes you aboard as a guest under guard, and the admiral is told nothing that he did not already half suspect.
Behind you, the Ba'ku have heard every word.
{ on_planet(Troi):
    Troi, coming down the slope among them, does not look at you. She knows exactly why you said it. It does not seem to help.
    ~ loyalty(Troi, -10)
}
Sojef passes you on the plateau without a glance, which from him is a sentence.
-> act5

= fight
~ act4_unmask()
~ wounded = act4_pick_wounded()
~ add_casualties(6)
~ raise_alert(20)
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
        Worf has held his fire all night because you asked him to. Now you have released him, and he fights like a man making up for lost time.
    - else:
        Worf fights the way the rings have been making him feel, loud and forward and past any sense of caution, and for a few minutes the whole slope seems to bend around him.
    }
}
It is short and ugly. Stone and silver and flashes of light, and the Ba'ku pressed back against the walls of the cave, and six of them dead who would have lived if you had walked down with your hands open.
{ wounded:
- Worf: Worf takes a disruptor bolt high in the shoulder and keeps fighting for a full minute before he notices.
- Riker: Will takes a bolt across the ribs and goes down on one knee, swearing, and gets up again.
- Data: A disruptor blast tears open Data's side, and he looks down at the exposed circuitry with something like curiosity before he goes on fighting one-handed.
- LaForge: Geordi takes a bolt across the face and goes down with his hands over his eyes, and for a long, terrible moment he says nothing at all.
- Troi: Deanna is caught by a blast that throws her against the rock, and lies very still until Beverly or someone, anyone, gets to her.
- Crusher: Beverly is hit as she runs out to drag a wounded Ba'ku back under cover. She finishes dragging him before she lets herself fall.
- else: A bolt grazes your own arm and you hardly feel it.
}
When the Son'a fall back to their shuttles to regroup, you take everyone out through the back passages, the walking carrying the hurt, up a chimney in the rock that {cave_choice == cave_carried_anij || cave_choice == cave_stayed_with_anij:Anij, half-carried, directs you to|the Ba'ku children know from their games}, and out onto the high ground above the caves.
Behind you, the Son'a take an empty cave and its dead. Ahead of you is the morning.
-> act5

= bargain
~ act4_unmask()
~ picard_captive = true
~ take_baku(50)
~ turn_gallatin(1)
~ gallatin_bargain = true
You walk down alone, and stop an arm's length from him, and speak quietly enough that his troopers cannot hear.
"Take me. I'm the one your master wants. Leave them in the cave, and take the ones you have already without another shot fired." # speaker: Picard
"Why would I do that?" # speaker: Gallatin
* {rovek != ()} [Because of Ro'vek]
    "{rovek == rovek_treated:Because we set Ro'vek's leg, when nobody on your side came back for him|Because Ro'vek is alive, and I could have left him in the gully}. Your people were hurt in these hills, and we did not leave them." # speaker: Picard
    Gallatin's jaw works. "Ro'vek is a fool," he says. "He always was." But he says it the way you would speak of a brother. # speaker: Gallatin
* [Because he is a soldier, and this is not war]
    "Because you're a soldier. And there is no enemy in that cave, only people who would rather not be moved." # speaker: Picard
    He looks past you, up at the cave mouth, for a long time. "No," he says at last. "There is not." # speaker: Gallatin
-
He takes you, and fifty more who were already on the slope, and leaves the rest in the dark of the kelbonite with a pair of troopers at the mouth who have been told to keep everyone in and, you suspect, everyone else out.
It is a worse bargain than it sounds and a better one than you had any right to.
-> act5


// ---------------------------------------------------------------- Act IV-O: the obey route

=== tagging_supervision ===
The transfer is run from the observation post at the edge of the village, the duck blind, its holographic skin switched off now: a low room of Starfleet consoles and Son'a technicians who do not look at each other.
{ act4_tagged_early > 0:
    The first drones went out before you arrived. {act4_tagged_early} villagers are already aboard the holoship, asleep in copies of their own beds.
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
~ take_baku(150)
"Nobody is moved without being told, by one of us, in words they understand, where they are going and why." # speaker: Picard
It slows nothing much, and it changes nothing at all about where they are going. But when the teams go house to house ahead of the drones, the Ba'ku hear it from a human voice and not from a dart in the dark.
The first family is the potter Vaen's. You go to the door yourself.
* [Tell them the whole truth about the holoship]
    You tell them all of it: the ship in the lake, the copy of their village, the new world. Vaen listens with his arms around his wife. "You could have lied," he says, when you finish. "You could have let us wake there." He does not thank you. But he does not look away from you either. # speaker: Vaen
    ~ trust(5)
* [Tell them only that they will be safe]
    "You'll be safe. I give you my word." # speaker: Picard
    Vaen looks at you for a long moment, weighing the word. "Safe," he repeats, and lets the tag be fixed to his sleeve without another word. # speaker: Vaen
-
-> holoship_transfer

= by_book
~ transfer_manner = transfer_by_book
~ breach_prime_directive()
~ shift_standing(10)
~ take_baku(200)
"By the book, Lieutenant." # speaker: Picard
The book is very good. It was written by decent people to make a difficult thing orderly, and it does. The drones go out in sectors. The tags go on in the dark. The house lights go out one by one across the village, and nobody inside them wakes.
Midway through the second sector the lieutenant stops with her hand over the control. "Sir. This next house. There's a child on her own." # speaker: Technician
* [Tell her to proceed]
    "Proceed." # speaker: Picard
    She proceeds. The light in the house goes out. She does not look at you for the rest of the night, and you find you are grateful for it.
* [Tell her to skip it, for now]
    "Leave that house for the end." # speaker: Picard
    It changes nothing; the end will come. But she lets out a breath she has been holding since the first sector, and so, you notice, do you.
    ~ take_baku(-5)
-
-> holoship_transfer

= slow
~ transfer_manner = transfer_slow
~ pass_time(2)
~ raise_alert(20)
~ take_baku(60)
"Carefully, Lieutenant. Very carefully." # speaker: Picard
She understands you at once, and something in her face eases. A drone has a calibration fault. Then a sector map needs to be re-checked. Then the interference from the nebula is worse than forecast, and the tags must be cycled twice. Two hours go by, and very few houses go dark.
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
    You have been here before, the day you found it. It is worse with people in it.
}
The replica village is perfect. The bread is warm in the ovens. The mill wheel turns. And one by one, in the houses along the lane, the transporter sets down sleeping Ba'ku in copies of their own beds, under copies of their own blankets.
* [Walk the replica street]
    You walk the lane between the houses. Through a window you see a woman turn over in her sleep and reach for a husband who is still in the other village, waiting for his drone. Her hand finds the blanket, and stops, and she does not wake.
* [Watch from the control gallery]
    You watch from the gallery above, where the arrivals are a column of figures on a screen. It is easier. You notice that it is easier, and you go on watching anyway.
-
In the third house a boy sits up in bed. It is Artim. He looks around the room, at the window, at the mill beyond it, and frowns.
* [Tell him it is a dream, and to go back to sleep]
    You step in from the lane. "You're dreaming, Artim. Go back to sleep." # speaker: Picard
    He looks at you with complete trust, which is the worst thing he could have done, and lies back down. After a moment, he does sleep.
    ~ trust(-5)
* (asked_artim) [Ask him what he noticed]
    "What is it, Artim?" # speaker: Picard
    "The mill," he says. "It doesn't squeak. It always squeaks. Father says he'll fix it and he never does." He yawns enormously. "This one doesn't." He is asleep again before you can answer, but you know he will say it again in the morning, to someone. # speaker: Artim
-
{ transfer_manner == transfer_slow:
    ~ take_baku(40)
- else:
    ~ take_baku(100)
}
-> datas_objection


=== datas_objection ===
{
- data_state == restored && loyalty_data >= 50:
    -> objection
- data_state == impounded:
    Data is not here. He is on a bench in a Son'a laboratory, in pieces that Dougherty's technicians have promised to put back together when the operation is over. You think of him once, at the worst moment of the night, and find you had expected him to be standing at your shoulder asking the question nobody else would.
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
* [Ask him what he thinks]
    "Data. What do you think of this?" # speaker: Picard
    He takes exactly as long to answer as the question requires. "I think that you have given me an order, sir. I am carrying it out." He returns to his console. It is the most frightening thing he has ever said to you. # speaker: Data
* [Let him work]
    You let him work. Once, when a house in the fourth sector goes dark, his hands pause on the console for a fraction of a second, and then go on.
-
-> sojef_on_the_holodeck

= objection
+ [Return to the observation post]
-
Data rises from the transfer console and stands in front of you, at attention, which he almost never does.
"Captain. I cannot continue with this." # speaker: Data
The room goes quiet around him. Even the Son'a liaison stops pretending not to listen.
"These people did not consent to be moved. I have reviewed the Prime Directive, the admiral's reading of it, and my own. I find I cannot make them agree. I would like to be relieved of this duty, sir. If you will not relieve me, I will relieve myself." # speaker: Data
* [Order him to stand down]
    -> grounded
* [Let him go down to the planet alone]
    -> gone
* {baku_taken < 450} [Go with him]
    -> followed
* {baku_taken >= 450} [Tell him it is too late for that]
    -> too_late

= grounded
~ data_objection = data_grounded
"Stand down, Mister Data. That is an order." # speaker: Picard
For a moment nothing happens at all. Then Data sits down at his console, and puts his hands flat on it, and does not touch a control for the rest of the night. "Yes, sir," he says, in a voice so perfectly neutral that it sounds like something broken. # speaker: Data
~ loyalty(Data, -20)
-> sojef_on_the_holodeck

= gone
~ data_objection = data_gone
~ raise_alert(20)
~ planet_team += Data
"Go, Data." # speaker: Picard
He looks at you with an expression you have never seen on him and could not name. "Thank you, Captain. I am sorry that you cannot come." # speaker: Data
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
You walk out of the observation post together into the dark, toward the hills, where {600 - baku_taken} Ba'ku are still asleep in their own beds and do not yet know that anyone is coming.
~ loyalty(Data, 15)
-> act5


=== sojef_on_the_holodeck ===
+ [Go back aboard at first light]
-
Toward morning you go back aboard the holoship. {troi_here():Troi comes with you; she has not asked permission, and you have not asked why.}
Sojef is standing in the lane outside his house, awake, in his nightclothes. He is looking at the mill. {holoship_transfer.asked_artim:Artim is holding his hand, and has plainly told him about the squeak.}
"Captain," he says. He does not ask what you are doing in his village at dawn. He asks something else. "My door has not stuck this morning. It always sticks. I planed it myself, badly, forty years ago." He turns to you. "Where are we?" # speaker: Sojef
* [Keep up the fiction]
    -> fiction
* [Tell him the truth]
    -> truth
* {baku_taken < 450} [Tell him the truth, and turn]
    -> turn

= fiction
~ strain_prime_directive()
"You're in your village, Sojef. Perhaps the door has swollen in the damp." # speaker: Picard
He looks at you for a long time. He does not believe you, and he lets you see that he does not, and then he nods as though something has been settled that he had hoped would be settled differently. "Perhaps," he says, and goes inside, and closes the door that does not stick. # speaker: Sojef
{ troi_here():
    Troi, beside you, says nothing at all. She does not have to. She has never been able to watch you lie without it showing in her face, and this morning she does not try.
}
-> act4_obey_close

= truth
~ sojef_told = true
~ trust(10)
You tell him. The lake, the ship, the copy of his house, the world they are bound for. You do not soften it, and you do not apologise, because an apology would be asking him for something.
Sojef listens the way he listened the first day you met him, all the way to the end. "Thank you," he says at last. "Now I know what to tell them when they wake." # speaker: Sojef
{ troi_here():
    Troi lets out a breath beside you. When you glance at her, she is looking at you the way she used to, before any of this.
    ~ loyalty(Troi, 10)
}
-> act4_obey_close

= turn
~ sojef_told = true
~ late_turn = true
~ set_command(resigned)
~ trust(10)
You tell him. All of it. And halfway through the telling you hear what you are saying, and you find that you cannot say the last part, the part where you go back to the control room and finish the night's work.
"Sojef. {600 - baku_taken} of your people are still in the village. I am going down to them. I can't undo what has been done here tonight, but I can stop doing it." # speaker: Picard
He studies you. "And these?" A gesture at the sleeping lane. # speaker: Sojef
"Will wake somewhere safe, and will be brought home. I'll see to it, or someone better than me will." # speaker: Picard
"Then go," he says. "I will stay with them. Someone should be here when they open their eyes." # speaker: Sojef
{ troi_here():
    Troi is already at the transporter controls. "I'll come with you," she says. It is not a question, and it is not forgiveness either, not yet. It is a beginning. # speaker: Troi
    ~ loyalty(Troi, 10)
}
You take off your communicator and leave it on Sojef's table, beside a bowl of fruit that was never grown.
-> act5

= act4_obey_close
The sun rises over a village that is not a village, and the last of the Ba'ku who can be found are brought aboard. Somewhere above the rings, the collector is waiting for the word.
-> act5


// ---------------------------------------------------------------- helpers (read only)

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
