// act5_collector.ink: Act V, The Collector (chapter 5).
// Defense and late-turn routes: flagship_brig (captive) or hills_at_dawn, then origin_revealed,
// dougherty_turns, gallatin, holoship_gambit, collector_race, beam_out, aftermath, epilogue_choice.
// Obey route: transfer_complete, then collector_launch, where a late turn still joins the hills.
// Every path leaves by -> finale: at the moment Picard chooses to stay at the collector, as the
// rings begin to burn, at the launch on the obey route, or after epilogue_choice.

=== act5 ===
# chapter: 5 The Collector
# checkpoint: chapter-5
{collector == deployed:Above the rings the Son'a collector hangs open, a sail the size of a city turned to a wind nobody can feel.|High above the rings, the Son'a collector hangs folded on its moorings, waiting to be told to open.}
{ command == obeying && not late_turn:
    -> transfer_complete
}
// Troi went with a Picard who turned on the holodeck (IV-O C3); she is on the planet now.
{ sojef_on_the_holodeck.turn && troi_here() && not on_planet(Troi):
    ~ planet_team += Troi
}
{ picard_captive:
    -> flagship_brig
}
-> hills_at_dawn


// The Son'a schedule. The collector opens at hour 17 if nobody has opened it sooner.
=== act5_pass(n) ===
~ pass_time(n)
{ hours >= 17 && collector == idle:
    ~ collector = deployed
    {picard_captive:The deck hums differently underfoot; somewhere beyond the hull the collector is opening, panel by panel.|Far overhead, the collector begins to open, panel after panel, until there is a second, colder glitter above the rings that was not there this morning.}
}
->->


// ================================================================ the obey route

=== transfer_complete ===
~ temp found = act5_residual() * 2 / 3
~ take_baku(found)
By mid-morning the sector maps at the observation post have gone grey from edge to edge, and the drones are back in their racks with their clips empty.
{ transfer_manner:
- transfer_humane:
    Your teams drift back hoarse from a night of explaining. Not one reports a door that had to be forced.
- transfer_by_book:
    The log runs clean, without a single exception. The lieutenant with the careful hands went off shift at dawn without saying goodnight.
- transfer_slow:
    The Son'a liaison has stopped pretending to be patient. Every delay you invented is in his log too, with your name beside it.
}
{ act5_residual() > 0:
    The board reads {baku_taken} aboard the holoship, and beneath that, in smaller type, {act5_residual()} unrecovered: people who heard the drones in time and went up into the hills.
- else:
    The board reads six hundred aboard the holoship and nobody unrecovered. The village is empty.
}
{ data_objection:
- data_grounded:
    Data sits where you left him, hands flat on a console he has not touched since midnight.
    { not is_one_of(data_state, (destroyed, impounded)):
        -> grounded_data ->
    }
- data_gone:
    Data's console is dark. The liaison has him on a long-range scan, moving among the unrecovered in the hills.
- data_silent:
    Data closes the night's log and stands, waiting for the next order, as he has waited all night.
}
Dougherty comes up on the main screen, shaved and plainly happy. "Jean-Luc. I want your signature on the completion report before the launch, so it reaches the Council as a Starfleet operation from first page to last." # speaker: Dougherty
* [Sign it as written]
    You sign where he has marked it. The report goes up the chain with your name on it and not one word of yours inside.
    ~ shift_standing(5)
* [Sign it, with a line of your own on the first page]
    { act5_residual() > 0:
        Under the totals you write: {act5_residual()} unrecovered, in the hills; launch not delayed on their account. Then you sign.
    - else:
        Under the totals you write: every name on this list was moved without its consent. Then you sign.
    }
    Dougherty reads your line twice, with his thumb against his lip. He does not ask you to take it out.
    ~ act5_footnote = true
    ~ doubt(1)
-
At noon the holoship rises out of the lake, streaming water, and turns toward the edge of the nebula and the world chosen for the people asleep inside it.
* [Go down to the shore to see it go]
    You stand on the shingle with the lake slapping at your boots. The water the ship leaves behind is slow to remember how to lie flat.
    { sojef_told:
        At one of the lower ports the shutters are open on a sleeping ward: a man in nightclothes, a boy curled against him. You know the set of Sojef's shoulders even asleep.
    }
    ~ act5_shore = true
* [Watch it go on the board]
    On the board it is a green mark leaving a blue one, and then a line in the log. You initial the line.
-
-> collector_launch


= grounded_data
* [Release him from the console]
    "Mister Data. You're relieved of the transfer. There's no need to sit there." # speaker: Picard
    "There is no need, sir," he agrees. "But I would rather stay where I can see what I objected to." He takes his hands off the console, which is as far as he will go. # speaker: Data
    ~ loyalty(Data, 5)
* [Leave him to his silence]
    You leave him. It is his objection; you will not take it from him by pretending it was heard.
-
->->


=== collector_launch ===
// The launch is the seventeenth hour of the Son'a schedule.
~ pass_time(MAX(0, 17 - hours))
~ collector = deployed
In the late afternoon the collector opens, panel after panel, until the sky above the rings holds a second, colder glitter. On the common channel the Son'a engineers read out their figures like plainsong.
{ geordi_stays:
    Once, among them, a voice you know reads out a coolant figure in plain Standard: Geordi, at some console on the project, exactly where you let him go.
}
Ru'afo shares the main screen with Dougherty, his face new from the morning's treatment. "Admiral. Captain. A hundred years I have waited for this, and now I find I am almost shy." # speaker: Ru'afo
{ act5_residual() > 0:
    "Not yet." It is out before the admiral can speak. "The search teams are still in the hills, with {act5_residual()} unaccounted for." # speaker: Picard
    "Annex four, paragraph nine," Ru'afo says pleasantly. "Residual population at the launch hour: within tolerance. You initialled that page, Captain. It is a very handsome J." # speaker: Ru'afo
- else:
    "Once you fire, nobody can ever come back here," you say. "Whatever they are told when they wake." # speaker: Picard
    "Annex four, paragraph two," Ru'afo says pleasantly. "The receiving world. Temperate, fertile, and a long way from any rings. You initialled that page, Captain. They will grow old there, as we did. I thought that a fine touch." # speaker: Ru'afo
}
At two in the morning, over cold tea, you initialled it. On the other half of the screen Dougherty has stopped blinking. He signed the same page weeks before you.
{ data_objection == data_gone:
    And Data is in those hills, among the people the annex has already written off.
}
{ act5_footnote:
    Your own line is on the report on Dougherty's desk.
}
- (launch_choice)
* {act5_residual() > 0} [Ask for one more hour to search the hills]
    "One hour, Admiral. Give the search teams one hour." # speaker: Picard
    Ru'afo laughs. Dougherty does not. "Forty minutes," the admiral says, and Ru'afo's smile stays where it was while the rest of his face goes somewhere else. # speaker: Dougherty
    ~ temp more = act5_residual() / 2
    ~ take_baku(more)
    ~ pass_time(1)
    In forty minutes the teams bring down {more} more, mostly the very old, who had not climbed far. The rest are too high, and the minutes run out.
    -> launch_choice
* [Stand by for the launch # near: relocation]
    -> obey_launch
* [Put your objection on the record, then stand by]
    "Log it, Admiral: I object to this launch, and to the annex I initialled. Then proceed." # speaker: Picard
    "Logged," Dougherty says, too quickly, the way a man grabs a rail. # speaker: Dougherty
    ~ doubt(1)
    -> obey_launch
* [Refuse it, and go down to the hills # near: the-eleventh-hour]
    -> late_launch_turn

= obey_launch
{ act5_shore:
    You can still feel the lake in your boots, cold and slowly drying.
}
Dougherty gives the word. Far above, the collector's heart begins to brighten, and you fold your hands behind your back, as you always stand on a bridge, and watch.
-> finale

= late_launch_turn
~ late_turn = true
~ set_command(resigned)
"No." You unpin the rank from your collar, four small weights, and lay them on annex four. "I won't stand by for this, and not in this uniform. I'm going down to them." # speaker: Picard
Ru'afo's face goes perfectly blank, as a face does when it has cost a great deal. Dougherty opens his mouth and shuts it again.
{ is_one_of(data_objection, (data_grounded, data_silent)) && not is_one_of(data_state, (destroyed, impounded)):
    Data is on his feet before you reach the door. "I objected too late last night, sir. I would prefer not to do it twice." He falls in at your shoulder. # speaker: Data
    ~ planet_team += Data
    ~ loyalty(Data, 10)
}
{ troi_here() && loyalty_troi >= 50 && not on_planet(Troi):
    Deanna is at the shuttle hatch, already strapped in, and says nothing at all.
    ~ planet_team += Troi
}
-> hills_at_dawn


// ================================================================ the hills

=== hills_at_dawn ===
{ not collector_launch.late_launch_turn:
    -> act5_pass(1) ->
}
{
- collector_launch.late_launch_turn:
    The shuttle sets you down on a shelf of red rock above the empty village in the last of the afternoon. {act5_residual() > 0:Somewhere above you, {act5_residual()} Ba'ku are hiding from a collector that has already opened.|There is nobody left to hide: only the place, and the lake going gold, and the collector opening over both.} # near: the-eleventh-hour
- late_turn:
    You reach the foot of the hills at sunrise, on foot, with nothing at your collar. {act5_residual() > 0:{act5_residual()} of the village are still up there somewhere.|The village behind you is empty; the hills are all that is left to defend.} # near: the-eleventh-hour
- else:
    Morning finds you on the high ground above the caves, with what is left of the village lying in the heather around you. Below, the Son'a shuttles sit on the plateau, guarding an empty cave.
}
{ act5_post_willing():
    Behind you, a lieutenant with careful hands has the observation post now. She watched you go, and called no one.
}
{ command == relieved:
    Beyond the gas, the Enterprise keeps station on Will's orders, which are Dougherty's.
}
{ act5_residual() == 0:
    -> empty_valley
}
{ late_turn && act5_with(Data):
    Data finds them within the hour: a family under an overhang, a shepherd, a knot of children who have been playing at hiding since midnight and are tiring of it.
}
{ wounded && act5_with(wounded):
    { wounded:
    - Worf: Worf, his shoulder bound, has refused the stretcher twice and sits watching the plateau as if he could shoot it from here.
    - Riker: Will sits with his ribs strapped, making jokes that hurt him.
    - Data: Data's side is held shut with a pack strap. He has rerouted around the damage, and says so whenever anyone looks.
    - LaForge: Geordi sits with a cloth tied over his eyes. Nobody has found the nerve to ask what he can see.
    - Troi: Deanna lies on a blanket, pale and awake, holding the hand of a Ba'ku child who has decided she needs holding.
    - Crusher: Beverly is dressing her own arm one-handed and snapping at anyone who offers to help.
    }
}
* {wounded && act5_with(wounded)} [Go and sit with {act4_name(wounded)}]
    You sit down beside {act4_name(wounded)} in the heather and say nothing much for a few minutes, which is what you would want, if it were you.
    { wounded == Worf:
        "You need not stay, sir." When you stay anyway, Worf shifts over to give you the better rock. # speaker: Worf
    - else:
        The thanks, when it comes, is a look, and it is enough.
    }
    ~ loyalty(wounded, 5)
* {cave_choice != () && not late_turn} [Sit a minute with Anij]
    Anij is propped against a boulder, her leg splinted straight out in front of her. "It is very big," she says of the collector, "and very busy. I think it would be lonely, being so busy." # speaker: Anij
    You sit with her until the boulder's shadow has moved a hand's width.
    ~ bond(1)
* [Count who is left, with {late_turn:the eldest of them|Sojef}]
    {late_turn:The eldest, a woman named Teru,|Sojef} walks the hillside with you and names every face. It comes to {act5_residual()}, give or take the ones still coming in.
    { late_turn:
        "The last of your people to count us were drones," Teru says. "You are slower. I prefer it." # speaker: Teru
    - else:
        "You have counted us twice now," Sojef says. "Some of us have begun to believe you mean it." # speaker: Sojef
    }
    ~ trust(5)
-
People keep glancing up at the collector, and quickly down again, as if it might notice.
* [Take everyone higher, under the rocks]
    It is a hard climb for the old and the hurt, and it costs most of an hour, but at the end of it every one of them is under stone, where nothing in the sky can see them whole.
    ~ act5_sheltered = true
    -> act5_pass(1) ->
* [Keep them together where they are]
    You keep them where they are, together in the heather. Nobody has the strength for another climb, and you would rather have them where you can count them.
-
{ is_one_of(rovek, (rovek_treated, rovek_questioned)) && not late_turn:
    -> rovek_comm
}
-> no_comm

= rovek_comm
Ro'vek {rovek == rovek_treated:lies on a stretcher the Ba'ku made for him in the night|sits with his wrists bound, where he has sat since the gully}. The light on his wrist has not gone out since yesterday. "It was open all along," he says. "He listens. He always listens." # speaker: Ro'vek
You take the communicator off his wrist, and before you can speak, a clipped, quiet voice comes out of it. "Captain Picard. Gallatin. I have heard every word said near this device since the gully." # speaker: Gallatin
* [Answer him]
    "Then you know what we are, and what we are not. I want to meet you." # speaker: Picard
    The carrier hisses so long you think he has gone. "Not yet," Gallatin says. "Keep this channel. I will call." # speaker: Gallatin
    ~ act5_channel = true
* [Crush it under your heel]
    You set it on a flat rock and bring your heel down. Whatever the flagship was hearing from these hills, it is not hearing it now.
    ~ raise_alert(-10)
-
-> origin_revealed

= empty_valley
+ [Walk down into the village]
-
Every door is open. There is a loom with its shuttle left halfway along a row, and bread going stale on a sill, and a dog that follows you from the well to the mill and then lies down in the road, waiting for somebody else. {act5_with(Data):Data stops at the oven wall he once knocked down and helped to mend, and puts his hand flat on it.}
There is no one here to defend. There is only the place they will need to come back to.
-> dougherty_turns

= no_comm
{ rovek == rovek_shield:
    Ro'vek is still on the ridge where you had him set down, with a Ba'ku water skin beside him that you did not give him. He has not spoken to you since.
}
There is no way to reach the flagship from these hills except to be carried up to it.
-> origin_revealed


// ================================================================ the flagship

=== flagship_brig ===
~ act5_channel = true
-> act5_pass(1) ->
{ sona_landing.pretense:
    Your pretense buys you three hours in a guest cabin with lacquered walls. Then you are walked down to the brig with great courtesy.
}
The Son'a brig is a row of alcoves closed by curtains of light. Every few minutes the ship breathes around you, a long soft rush through the vents, as though it were asleep.
{ act5_with(Worf):
    Worf has the alcove on your left. He spent the first hour pacing it and the second testing the curtain with the back of his hand, until it stopped stinging and began to bore him.
}
{ act5_with(Data):
    Data sits cross-legged opposite, motionless, listening to the ship with courteous interest.
}
{
- act5_with(Troi) && act5_with(Crusher):
    Deanna and Beverly share the end alcove, sitting back to back as they used to on long night watches.
- act5_with(Troi):
    Deanna sits in the end alcove with her eyes closed, listening to the hold.
- act5_with(Crusher):
    Beverly is in the end alcove, rationing a medkit a guard let her keep because he did not want to argue with her.
}
Across the corridor, behind a wider curtain, are the Ba'ku the Son'a have taken{gallatin_bargain:, among them the fifty who were on the slope when you made your bargain}.
{ march:
- march_column:
    You know faces from the tail of the column: the old and the slow, tagged where they stopped in the dark.
- march_groups:
    Most came from one group, {on_planet(Troi) && loyalty_troi >= 60:not Deanna's but the one beside it|the one with no officer to lead it}, taken together at a ford in the night.
- march_stand:
    Fewer than you feared. The ones who stood on the ridge with you are mostly still free; these are the ones who ran.
}
{ artim_tagged:
    Artim sits at the front of them, very upright, as if a lesson were about to begin. He lifts a hand to you, and then looks past you up the corridor.
    -> artim_asks ->
}
* [Speak to the Ba'ku across the corridor]
    You tell them what you can: that {act5_residual()} of their people are still on the ground and in no one's hold, and that nobody has stopped counting.
    "We know where we are," an old man at the front answers. "We should like to know where we are going." You tell him you do not know yet. He seems to find that more use than a promise. # speaker: Ba'ku elder
    ~ trust(5)
* [Time the changes of the guard]
    You count. The guards change every ninety-one minutes, and for eleven seconds at each change nobody in the corridor is looking at the curtains.
    ~ act5_counted = true
* {act5_with(Worf)} [Ask Worf what he makes of the guards]
    "They are bored," Worf says. "Bored guards watch the door, not the prisoners. At the change, they watch each other." # speaker: Worf
    He has been counting since he arrived: ninety-one minutes, and eleven seconds of nobody looking. He hands you the numbers like a knife, hilt first, and is more content than you have seen him in days.
    ~ act5_counted = true
    ~ loyalty(Worf, 5)
-
{ eshen_met:
    -> eshen
}
-> origin_revealed

= artim_asks
"Is Data coming?" Artim calls across. "Is he coming for us?" # speaker: Artim
* [Promise him that Data is coming]
    "He's coming, Artim. I promise you." # speaker: Picard
    Artim nods, satisfied. You have made a promise on another man's behalf, and find you are not sorry.
    ~ act5_promised_artim = true
* [Ask him to keep the little ones together]
    "I need you to keep the little ones together, and calm. Can you do that?" # speaker: Picard
    He can. Within the hour the smallest children in the hold are playing a game in which the first to move loses, and the hold is quieter than it has been since the drones.
    ~ trust(5)
-
->->

= eshen
At the change of the watch a small grey figure comes down the corridor with a tray of water flasks, and the guard lets him pass as you let a draught pass. It is Eshen.
He sets a flask inside your curtain with both hands. "You asked me a question once, at his table. It was the first anyone had asked me in nine years." He keeps his eyes on the floor. "At the second bell I take water to Gallatin. If you want him to find something under his flask, it will be there." # speaker: Eshen
{
- eshen_shielded:
    Nobody aboard has a reason to watch him. You took his account out of the Council's packet yesterday so that nobody would, and here he is, unwatched, with a tray.
- evidence_sent ? servitude:
    His account went out in the Council's packet yesterday, under your hand. You catch yourself watching the guard, to see whether the guard is watching him.
}
* [Ask Gallatin for a parley, soldier to soldier]
    You scratch it on the back of the flask's label with your thumbnail: a request for a parley, between soldiers, at his convenience.
    ~ act5_message = msg_parley
* {rovek == rovek_treated} [Tell Gallatin who set Ro'vek's leg]
    You write only that Ro'vek's leg was set by the people he was sent to take, and that Ro'vek knows their names.
    ~ act5_message = msg_rovek
* [Ask Gallatin to count the children in his hold]
    You write one line: Count the children in your hold, and come and tell me the number.
    ~ act5_message = msg_children
-
~ turn_gallatin(1)
The label vanishes into Eshen's sleeve.
{ not (evidence ? ketracel):
    He lingers longer than is safe. "The third hold is not for cargo, Captain. It is a factory. Ketracel-white, for the Dominion's soldiers. The Son'a sell it by the ton." # speaker: Eshen
    He says it the way a man sets down a sack he has carried up a hill, and is gone before you can thank him.
    ~ gain_evidence(ketracel)
- else:
    He is gone before you can thank him, the tray steady in his hands.
}
-> origin_revealed


// ================================================================ the truth

=== origin_revealed ===
{ picard_captive:
    -> in_brig
}
-> in_hills

= in_brig
Ru'afo comes down to the brig himself. Two attendants follow him with a slim frame of filaments, in case his face should need it before he is back upstairs.
{ ruafo_measure:
- ruafo_courted:
    "Captain. My favourite guest, in the one room on my ship I never show guests. You would have enjoyed the dessert." # speaker: Ru'afo
- ruafo_probed:
    "You asked my steward how long he had served me. Ask me, Captain. I have served myself for a hundred years without a day's leave." # speaker: Ru'afo
- ruafo_snubbed:
    "You would not stay for dinner." He smiles. "You will stay now, I think. For as long as you interest me, and then rather longer." # speaker: Ru'afo
- else:
    "Captain Picard. You look well. Everyone who spends a week down there looks well. It is the most tiresome thing about the place." # speaker: Ru'afo
}
He looks in at the hold like a man at an aquarium. "Some of these are three hundred years old, and not a line on them. Do you know what they did to earn it? They sat still." # speaker: Ru'afo
{
- secrets ? schism_record:
    You have seen him before, though not this face: his name, written small and careful in a chronicle under a turf roof, at the head of a list of young ones sent away past the rings. {secrets ? orchard_mother:And an old woman in an orchard who never trusted a boy who admired himself in the millpond.}
- secrets ? sona_genome:
    {act5_with(Crusher):In her alcove Beverly has stopped rationing her medkit; she is seeing the same small screen you are.|You think of a small screen in a gully.} Ro'vek's cells, under the grafts, were marked like the village children's. The man in front of you was made of the same stuff before the surgeons began.
- else:
    Behind him Gallatin stands looking into the hold. "We sat still too, once," he says, very low. "Before we were old enough to mind." # speaker: Gallatin
    Ru'afo turns his head by slow degrees, and Gallatin closes his mouth. It is enough. You know now what the Son'a were, before they were the Son'a.
}
* [Say it to his face: he was born down there]
    "You sat still too, once. You were born in that village. {secrets ? schism_record:Your name is in their chronicle.|{secrets ? sona_genome:Your cells still say so, under all that work.|Your second has just said as much.}}" # speaker: Picard
    Ru'afo leans in until the curtain hisses against the tip of his nose, and does not draw back from the sting. "They put us in a ship with a week's water and closed the sky behind us. We were boys. They gave us time, Captain. All the time in the universe, to be old in." # speaker: Ru'afo
    He slaps away the attendants' hands when they reach for his face. "Say it again aboard my ship, and I will put you somewhere very quiet for a very long while. I am the only one here who knows how long a while can be." # speaker: Ru'afo
    Behind him, Gallatin has not moved at all, which on him is a kind of shouting.
    ~ raise_alert(15)
    ~ turn_gallatin(1)
* [Keep it to yourself, for the admiral]
    You say nothing. Ru'afo studies your silence as though it were a coat he might buy, loses interest, and sweeps out with his attendants. Gallatin goes last, looking back: not at you, but into the hold.
    ~ act5_kept_truth = true
-
-> dougherty_turns

= in_hills
{
- secrets ? schism_record:
    {is_one_of(rovek, (rovek_treated, rovek_questioned, rovek_shield)):Ro'vek asked about the cold spring by a name nobody had used in a hundred years.|An old woman tells you that one of the troopers at the ford went straight to her neighbour's door without asking which it was.} You know where that century went: you read it in the chronicle, on pages cut out and sewn back in, a list of young names sent away past the rings.
- secrets ? sona_genome:
    {act5_with(Crusher):Beverly crouches beside you and shows you Ro'vek's scan again without being asked.|You think of the scan in the gully again.} Under the grafts, his cells are marked like the village children's. The Son'a are not strangers to this valley. They are its missing sons.
- act5_channel:
    Gallatin calls back within the hour. "Ask your Ba'ku where their sons went, a hundred years ago," he says, without greeting. "Ask them what they wrote down." A pause. "I was one of the ones written down." # speaker: Gallatin
- is_one_of(rovek, (rovek_treated, rovek_questioned)):
    Ro'vek answers before you ask. "You want to know why I knew the spring. I drank from it. I was born three fields from here." # speaker: Ro'vek
- else:
    { late_turn:
        Teru, the eldest of them, tells you in the shade of the overhang. "One of the troopers who came with the drones called my neighbour by her girlhood name. Nobody outside this valley has ever known it." # speaker: Teru
    - else:
        Sojef tells you while the children are fed. "The trooper who led the drones to the ford called my cousin by her girlhood name. Nobody outside this valley has ever known it." # speaker: Sojef
    }
    The Son'a are the valley's missing sons, come home with weapons.
}
* {act5_channel} [Say it on the open channel, for the whole flagship]
    You say it plainly on the channel Gallatin has been listening to: the Son'a were born in this valley{secrets ? schism_record:, and their leader was sent out of it for starting a fire|, and they are its missing sons}.
    Nobody answers. But a minute later the carrier changes pitch, as if a great many more people had started listening.
    ~ raise_alert(15)
    ~ turn_gallatin(1)
* {not act5_channel} [Tell the Ba'ku around you what their exiles became]
    It goes round the hillside in whispers, and then not in whispers. A woman begins quietly to say names, not to you but to the sky, the way you would call children in at dusk.
    ~ trust(5)
* [Keep it for the admiral]
    You keep it. Dougherty believes what he is shown, and you would rather show him this yourself.
    ~ act5_kept_truth = true
-
-> dougherty_turns


// ================================================================ the admiral

=== dougherty_turns ===
{ sona_alert >= 80:
    -> act5_pass(1) ->
    The Son'a are moving faster than yesterday: more traffic between the ships, orders given twice. Ru'afo has brought his hour forward. A man who feels watched hurries.
}
{ picard_captive:
    -> brig_visit
}
-> hills_call

= brig_visit
In the middle of the ship's night Dougherty comes down to the brig alone, his jacket undone, and sends the guard to the far end of the corridor.
{ command == relieved:
    "Riker relieved you," he says. "I read the log. I told myself that settled it." # speaker: Dougherty
}
"He's bringing the launch forward, with {act5_residual()} of them still down there. I went to stop it, and he showed me a page." # speaker: Dougherty
-> the_page

= hills_call
{collector_launch.late_launch_turn:Within the hour|Toward noon} {act5_comm()} chirps on the Starfleet command frequency. Dougherty does not sound like a man in an admiral's office. He sounds like a man who has shut himself in somewhere small.
{collector_launch.late_launch_turn:"Jean-Luc. You're with them? He's holding the launch until dusk, to make a point of it{act5_residual() > 0:, with {act5_residual()} of them still on the ground}. I sat there and let him read me my own page."|"Jean-Luc. You're {act5_residual() > 0:with them|down there}? Listen. He's bringing the launch forward{act5_residual() > 0:, with {act5_residual()} of them still on the ground}. I went to stop it, and he showed me a page."} # speaker: Dougherty
-> the_page

= the_page
{
- collector_launch.late_launch_turn && act5_residual() == 0:
    "You heard him read it out. Annex four, paragraph two. The receiving world. I read temperate and fertile, and I pictured orchards. I never once looked for what it lacked." # speaker: Dougherty
- collector_launch.late_launch_turn:
    "You heard him read it out. Annex four, paragraph nine. I've read it forty times since." # speaker: Dougherty
- else:
    "Annex four, paragraph nine. Residual population at the launch hour, within tolerance. I signed it in the spring." # speaker: Dougherty
}
{ act5_residual() > 0:
    "I read the word residual and pictured a shepherd who'd missed the boat." He laughs, once, and stops. "He showed me the list. It has their names on it." # speaker: Dougherty
- else:
    "They'll grow old there and die in fifty years, and never know why." He laughs, once, and stops. "He called it fitting." # speaker: Dougherty
}
{ act5_from_obey() && not collector_launch.late_launch_turn:
    "You initialled it too, Jean-Luc. I saw your mark under mine, and I was glad of the company." # speaker: Dougherty
}
-> answer

= answer
* {act5_kept_truth} [Tell him what his partners are]
    "Then here is something that was never in your annex. The Son'a are Ba'ku. {secrets ? schism_record:Ru'afo was born in that village, and they sent him out of it for setting a fire.|Ru'afo and his people were born in that village.} This isn't a harvest, Matthew. It's a family quarrel, and we brought them the weapon." # speaker: Picard
    {picard_captive:Dougherty sits down on the guard's stool|On the channel a chair creaks as Dougherty sits down}, and for a while he says nothing. "I've been keeping the minutes of a family quarrel," he says at last. # speaker: Dougherty
    ~ doubt(1)
* {act5_with(Troi) && loyalty_troi >= 50} [Let Deanna answer him]
    "You aren't frightened of Ru'afo, Admiral," Deanna says. "You're frightened of the page. You have been since the spring; you just read it as kindly as you could." # speaker: Troi
    "Yes," he says, almost relieved. "I didn't let myself read it any other way." # speaker: Dougherty
    ~ doubt(1)
* (unsign) [Tell him to take his name back]
    "Then take your name off it, Matthew. Go up there and take it back." # speaker: Picard
    "Yes." He nods like a man given directions in a strange town. "I think I knew that on the way down." # speaker: Dougherty
* (why_me) [Ask him why he came to you]
    "Why bring it to me?" # speaker: Picard
    "Because you'll tell me I'm wrong and take no pleasure in it. Tell me, then." # speaker: Dougherty
    "You're wrong." # speaker: Picard
    "Yes," he says. "Thank you." # speaker: Dougherty
-
-> the_warning

= the_warning
"I'm going up to him. I hold half the launch key. Without my half he has nothing up there but a very large mirror." # speaker: Dougherty
{ echo_face_chamber:
    The words go through you like cold water: the unreasonable certainty that you have heard a man say them before, and know which room he went up to.
}
* {echo_face_chamber} [Warn him not to face Ru'afo alone # echo]
    -> warn
* {echo_face_chamber} [{picard_captive:Ask him to take you with him|Ask him to keep this channel open when he goes} # echo]
    -> stand
* [{echo_face_chamber:Let him go|Watch him go}]
    -> dies

= warn
"Don't go to him alone, Matthew. Not to that room. Say it on the open channel, under the Council's seal, from somewhere he can't reach you." # speaker: Picard # near: the-fountain-shared
{ dougherty_doubt >= 3:
    "Somewhere he can't reach," he repeats. It has plainly never occurred to him that there might be such a place aboard, or that he might need one. # speaker: Dougherty
    He goes to the Starfleet liaison office instead of the chamber, seals the door with his own codes, and speaks to Ru'afo only through it, with the log running. Ru'afo's reply is a long, amused silence.
    -> survives
- else:
    He hears you; you watch him hear you. "He's my partner, Jean-Luc. I brought him here. I'll take my name back to his face, or not at all." # speaker: Dougherty
    -> dies
}

= stand
{ picard_captive:
    "Take me with you. Two Starfleet officers in his chamber is a report. One is a disappearance." # speaker: Picard # near: the-fountain-shared
- else:
    "Keep this channel open when you go in. Let him know there's a Starfleet captain listening, and a log running." # speaker: Picard # near: the-fountain-shared
}
{ dougherty_doubt >= 3:
    { picard_captive:
        He drops your curtain with his own code, and you go up together. Ru'afo receives you in his chamber with the filaments lifted high and looks from one of you to the other. "Two of you," he says. "How very tiresome." He has you both walked back down, and the admiral's curtain goes up beside yours. # speaker: Ru'afo
    - else:
        He keeps it open. You hear him say it all, and hear Ru'afo notice the channel halfway through, and laugh, and tell him to get out before he bores them both to death.
    }
    -> survives
- else:
    "No. This is between him and me. It always was." {picard_captive:He raises your curtain again himself, carefully, so that it will not sting you.|The channel closes.} # speaker: Dougherty
    -> dies
}

= survives
~ doubt(1)
~ gain_evidence(dougherty_admission)
He lives. It takes you a minute to believe it, and him longer. # near: the-fountain-shared
"Record this," Dougherty says, and gives it to you whole: the annex, the sealed directive, the projection of a dead planet he did not pass on, the Son'a shot at Data he let be filed as a malfunction. "I'll say it again at any hearing, word for word. Now tell me what to do with the rest of it." # speaker: Dougherty
* [Ask him to order the stand-down now, on every channel]
    He does it the old way: his name, his rank, his authority, and the order to every Federation and Son'a vessel in the Briar Patch. Stand down. Then he gives you his revocation code for the launch key, twice, and makes you say it back.
    After the order there is a silence as long as a held breath. Then a great many voices begin at once in Son'a, and not all of them sound angry.
    ~ act5_standdown = true
    ~ raise_alert(15)
    ~ turn_gallatin(1)
    -> act5_pass(1) ->
* [Ask him to save his voice for the Council]
    "Keep it for the Council, Matthew. If Ru'afo learns you've turned, he'll have no reason left to wait." # speaker: Picard
    "They'll want me to read the annex aloud," he says. "I'll do it. And I'll say who told me not to sign it." # speaker: Dougherty
    ~ shift_standing(10)
-
-> gallatin

= dies
~ dougherty_alive = false
{ picard_captive:
    -> seen_from_brig
}
{ act5_channel:
    -> reported
}
-> unseen

= seen_from_brig
{ not dougherty_turns.warn && not dougherty_turns.stand:
    He stops at the end of the corridor to do up his jacket, button by button, like a man about to give evidence.
}
An hour later the wall across from your alcove lights up as a screen. Ru'afo wants you to see this.
His chamber: the couch, the ring of emitters, the filaments hanging from the ceiling like roots. Dougherty stands in the middle of it, saying what he came to say. There is no sound, only the slow breathing in the vents.
+ [Keep watching]
-
Ru'afo listens to the end, courteously. Then he lifts a hand, and two attendants take the admiral by the arms, gently, as if helping an old man to a chair, and lay him on the couch.
The filaments come down over his face like a veil, and the breathing in the vents, the sound you have heard all night, quickens with them. Dougherty's hand lies on the edge of the couch. It opens, slowly, and stays open.
Ru'afo looks at you through the pickup. "He came for his name, Captain. I have kept his face instead." The wall goes dark. # speaker: Ru'afo
{
- dougherty_turns.answer.unsign:
    He went up to take his name back, as you told him.
- dougherty_turns.answer.why_me:
    The last thing he said to you was thank you.
}
~ find_secret(face_chamber)
-> gallatin

= reported
~ find_secret(face_chamber)
Gallatin calls within the hour, without greeting.
"Your admiral is dead. He came to the chamber to take back his half of the key, and Ru'afo had him laid on the couch and let the machine have him. I held the door. That was my duty." A pause, in which you can hear the carrier breathing. "On the way in, he asked me my name. Nobody aboard has asked me that in eighty years." # speaker: Gallatin
{ dougherty_turns.answer.unsign:
    You told him to go up and take his name back. He went to do exactly that.
}
-> gallatin

= unseen
Dougherty's channel closes with a click. When you call it an hour later, a Son'a voice tells you, with great politeness, that the admiral is resting and cannot be disturbed.
You will not know for some time what was done to him in that room. You know enough to stop calling.
-> gallatin


// ================================================================ Gallatin

=== gallatin ===
{ not act5_channel:
    -> holoship_gambit
}
-> act5_pass(1) ->
{ picard_captive:
    -> gallatin_in_brig
}
-> gallatin_on_ridge

= gallatin_in_brig
{ act5_message:
- msg_parley:
    Gallatin comes at the third watch with your flask label folded between two fingers. "You asked for a parley. Soldiers parley standing up." You stand up. # speaker: Gallatin
- msg_rovek:
    Gallatin comes at the third watch and wastes no word on greeting. "Ro'vek's leg. The one who set it. Was it you?" # speaker: Gallatin
    {on_planet(Crusher):"My doctor. She'd have set yours too."|"It was. Badly, with a branch and a belt."} # speaker: Picard
- msg_children:
    Gallatin comes at the third watch, and the first thing he says is a number. "{baku_taken / 6}. Children, in my hold. I counted twice. I do not know what you wanted me to learn from it." # speaker: Gallatin
    From his face, he has learned it anyway.
- else:
    Gallatin comes at the third watch, alone, and sends the guard away with two fingers.
}
{ not dougherty_alive:
    "I held the door for your admiral tonight," he says. "That was my duty. I have been trying since to remember when my duty became holding doors." # speaker: Gallatin
}
He stands with his hands behind his back and asks, in the flat voice he uses for everything: "The caves under the red cliff. The spring at the back. Does it still run cold enough to hurt the teeth?" # speaker: Gallatin
-> spring

= gallatin_on_ridge
In the early afternoon the communicator speaks again. "One man, no escort. The ridge above the spring, in ten minutes." # speaker: Gallatin
He beams down alone, in full armour, and stands on the crest looking down at the roofs, the terraces, the lake like a dropped coin. "The orchards have come down the east slope," he says. "They were not there when..." He stops. # speaker: Gallatin
The Ba'ku on the hillside have seen him. Nobody runs. An old man sets down his water skin and looks, the way you look at a face in a crowd that might be someone you once knew.
"The spring at the back of the big cave," Gallatin says, in the flat voice he uses for everything. "Does it still run cold enough to hurt the teeth?" # speaker: Gallatin
-> spring

= spring
* [Tell him it does]
    "It does." # speaker: Picard
    He nods once, as though you had confirmed a troop movement, and then runs his tongue along his teeth.
* (invited) [Tell him he could taste it himself tomorrow]
    "Come down tomorrow and find out." # speaker: Picard
    "Tomorrow." He tries the word like a phrase in a language he has not spoken in years. "I will report back, Captain." It is very nearly a joke, and it surprises him more than you. # speaker: Gallatin
-
-> appeals

= appeals
- (appeal_menu)
* (mother) {secrets ? orchard_mother} [Tell him his mother still keeps his tree]
    ~ act5_appeals++
    "An old woman called Maelin keeps the eastern orchard. At the end of the last row is a tree nobody picks. Her youngest grafted it, the year the young ones left. She says it is his to pick." # speaker: Picard
    Gallatin does not move for so long that {picard_captive:the guard at the end of the corridor looks round|a hawk crosses the whole valley beneath you}. "It took, then," he says. "The graft. I was never sure it would take." # speaker: Gallatin
    ~ turn_gallatin(2)
    -> appeal_menu
* {secrets ? sona_genome} [Tell him the rings could heal the Son'a where they stand]
    ~ act5_appeals++
    "{act5_with(Crusher):Beverly|My doctor} scanned Ro'vek. Under the grafts his cells are Ba'ku, and the rings are already mending everyone who lives beneath them. You don't need the collector to be young again. You need to come home and stand in the rain." # speaker: Picard
    "Ru'afo says the rings would burn us now. That we are too far gone." Then, more quietly: "Is that true?" # speaker: Gallatin
    {act5_with(Crusher):"It isn't," Beverly says behind you. "He told you that because he needs you to need him."|"It isn't. He told you that because he needs you to need him."} # speaker: {act5_with(Crusher):Crusher|Picard}
    ~ turn_gallatin(2)
    -> appeal_menu
* [Speak to him as one soldier to another]
    ~ act5_appeals++
    "I have given orders I was ashamed of. I have never given one I could not repeat to the faces of the people it was done to. Could you repeat this one to the children in your hold?" # speaker: Picard
    "A soldier who chooses his orders is not a soldier." He says it like a lesson learned by heart, and then does not finish the lesson. # speaker: Gallatin
    { rovek == rovek_treated:
        "Your people left Ro'vek in a gully. We didn't. Which of us kept the soldier's code?" # speaker: Picard
        His jaw tightens and lets go. "He told me. He would not stop telling me." # speaker: Gallatin
        ~ turn_gallatin(2)
    - else:
        ~ turn_gallatin(1)
    }
    -> appeal_menu
* {act5_with(Troi) && loyalty_troi >= 70} [Ask Deanna what she senses, and answer it]
    ~ act5_appeals++
    "He isn't angry," Deanna says. "He's homesick, and ashamed of it, like a habit he should have outgrown." # speaker: Troi
    "There's no shame in wanting to go home, Gallatin. Only in burning it so that no one else can." # speaker: Picard
    Gallatin looks at Deanna, unsettled, as people always are the first time. "Your counselor is impolite," he says. It is not a complaint. # speaker: Gallatin
    ~ turn_gallatin(1)
    -> appeal_menu
* {act5_appeals > 0} [Ask him for his ship]
    -> gallatin_answer

= gallatin_answer
"Give me the flagship, Gallatin. Not for Starfleet. For the people in your hold." # speaker: Picard
{
- gallatin_turn >= 4:
    He has plainly been waiting a century to be asked. "Tell me what you need, and I will tell you how it is done aboard that ship." # speaker: Gallatin
    { appeals.mother:
        Then, in the same flat voice: "The orchard. Is it far from the mill?" You tell him, and he repeats the way under his breath like a map reference. # speaker: Gallatin
    }
- gallatin_turn >= 3:
    "One hour," he says. "I can give you one hour of my ship, and my silence after. Then I am a soldier again, and you had better be somewhere else." # speaker: Gallatin
- else:
    "I have heard you." Gallatin puts on his helmet. "It is not enough." # speaker: Gallatin
    { picard_captive && gallatin_turn >= 2:
        He goes without looking back. But the guard stays where Gallatin sent him, at the far end of the corridor, and nobody calls him back.
    - else:
        He goes without looking back, and whatever he might have been for those few minutes goes with him.
    }
}
-> holoship_gambit


// ================================================================ the gambit

=== holoship_gambit ===
{ evidence ? holoship:
    {
    - collector_launch.late_launch_turn:
        The holoship is half a day gone with its sleepers. There is no second bridge left to build.
    - hours >= 20:
        The holoship still lies in the lake, but dressing it as anything would take hours you no longer have.
    - not act5_channel:
        The holoship still lies in the lake. Without someone aboard the flagship to lead its master onto it, it is only an elaborate place to hide.
    - hours >= 17 && gallatin_turn < 4:
        The holoship still lies in the lake. With the collector already open, a ruse would need Gallatin wholly on your side, and he is not there yet.
    - gallatin_turn < 3 && not act5_data_ruse():
        The holoship still lies in the lake. Without Gallatin there is nobody to lead Ru'afo onto it.
    }
}
{ act5_with(Data):
    { loyalty_data >= 75:
        Data has already worked out where the flagship's transporter room must be, {picard_captive:from the hum of the conduits behind the brig wall|from the way the shuttles came and went}. "I could take it, sir. I am fairly confident of it." # speaker: Data
    - else:
        When you ask Data whether he could take the flagship's transporter room, he considers it for longer than you would like. "I could try, sir." It is not the answer of a man who is sure. # speaker: Data
    }
}
* {act5_ruse_open()} [Dress the holoship as his auxiliary bridge]
    -> ruse
* {act5_with(Data)} [Send Data for the flagship's transporters]
    -> transporters
* {baku_taken >= 300 && not late_turn} [Go straight for the collector # near: the-empty-village]
    -> skip
* {baku_taken < 300 || late_turn} [Go straight for the collector]
    -> skip

= ruse
~ act5_gambit = gambit_ruse
-> act5_pass(1) ->
{ worf_targets == targets_technicians:
    The emitters Worf burned at the lake take most of the hour to coax back to life.
}
{ gallatin_turn >= 3:
    ~ act5_gallatin_beside = true
    In a soldier's hands your plan becomes Gallatin's: a false coolant alarm on the flagship's bridge, an evacuation by the book to the auxiliary bridge, and a transporter chief who owes Gallatin his life and sends the bridge crew not two decks down but to the bottom of the lake.
- else:
    Data runs it alone. He writes a coolant alarm into the flagship's bridge, a false auxiliary bridge into the holoship, and a transporter route between the two, and checks each three times, humming.
}
The holoship's upper deck becomes the auxiliary bridge: lacquer, brass, the low light the Son'a like, down to a scuff on the deck by the command chair.
* (false_bridge) [Stand on the false bridge, as his prisoner]
    You take your place at the rail with your hands bound, a prisoner brought to watch. If Ru'afo is looking at you, he is not looking at the walls.
* [Watch from the holoship's control gallery]
    You watch from the gallery, where the false bridge is a lit box on a monitor and Ru'afo a small bright figure pacing inside it.
-
They arrive in a shimmer: eleven officers, and Ru'afo among them, furious with the coolant system. He takes the command chair and calls up the collector. On the false screen, it answers.
{gallatin_turn >= 3:Upstairs, on the real flagship, Gallatin's troopers take an empty bridge's stations and begin to beam the captives home by the roomful.|Upstairs, on the real flagship, Data's transporter route runs the other way, and the captives begin to go home.}
~ sona_flagship_secured = true
~ take_baku(-600)
-> collector_race

= transporters
{ loyalty_data >= 75:
    ~ act5_gambit = gambit_transporters
    ~ sona_flagship_secured = true
    ~ take_baku(-600)
    {
    - picard_captive:
        At the change of the guard Data lays his palm on his curtain's emitter and pushes, patiently, until it gives up, and is gone in the eleven seconds nobody is watching.
    - late_turn:
        Data goes up from the observation post's transporter pad on a liaison code nobody has thought to cancel.
    - else:
        Data takes a Son'a shuttle from the plateau and flies it into the flagship's bay on a docking code lifted from its own log.
    }
    Six minutes later the transporter room is his, and he begins to send the captives home, twenty at a time, into the fields above the village, singing the count under his breath.
- else:
    ~ act5_gambit = gambit_failed
    ~ raise_alert(100)
    {
    - picard_captive:
        Data gets through his curtain at the change of the guard, and through the corridor.
    - late_turn:
        Data goes up from the observation post's transporter pad on a liaison code, and gets as far as the corridor.
    - else:
        Data flies a Son'a shuttle into the flagship's bay and gets as far as the corridor.
    }
    At the door of the transporter room he stops for half a second, as if listening for an order that does not come. Half a second is what the Son'a need. Every alarm on the flagship goes off at once, and Data goes down under four troopers and a stun field.
}
-> away

= skip
~ act5_gambit = gambit_skipped
{ baku_taken >= 300:
    You think of {act5_from_obey():the holoship and its sleepers|the hold, and the number in it}, and you leave them there, because the collector will not wait while you count.
}
-> away

= away
{ picard_captive:
    {
    - act5_gambit == gambit_transporters:
        Data comes back for the rest of you before he starts on the hold, and drops every curtain in the corridor with one keystroke.
    - act5_counted:
        At the change of the guard you walk out through a curtain {act5_with(Worf):Worf has|you have} worked loose with {eshen_met:the edge of Eshen's flask|a belt buckle}, in the eleven seconds nobody is watching.
    - gallatin_turn >= 2:
        The guard is still at the far end of the corridor, where Gallatin sent him. When the launch draws power from every deck your curtain dies, and he does not turn round.
    - else:
        When the launch draws power from every deck your curtain flickers and dies, and the guard is staring at his console, where every light has gone amber.
    }
    You reach the shuttle bay by the service ladders, and a runabout with its hatch open and its pilot arguing with somebody about the launch.
- else:
    {
    - collector_launch.late_launch_turn:
        The observation post's shuttle is where it set you down, on the red rock.
    - late_turn:
        You go back down for the observation post's shuttle. It is in the reeds below the duck blind, and nobody there tries to stop you.
    - else:
        The Son'a shuttles are still on the plateau, guarded by two troopers who are watching the sky instead of the slope.
    }
}
-> collector_race


// ================================================================ the collector

=== collector_race ===
{ collector == idle:
    ~ collector = deployed
    Out above the rings the collector begins to open ahead of its own schedule, panel after panel swinging into the light. Ru'afo will not wait for his timetable any longer.
}
{ act5_gambit == gambit_ruse:
    -> discovered
}
-> pursuit

= discovered
It holds for forty minutes. Then Ru'afo touches two fingers to his jaw, where the morning's work has begun to give, and calls for his chamber.
On the real flagship the chamber is ten steps aft of the bridge. In the copy the door opens on a blank wall, because the people who built the copy were never once allowed into that room.
He stands looking at the wall. When he turns, the charm has gone out of his face.
{ act5_gallatin_beside:
    "Gallatin," he says softly. Gallatin has stood at his shoulder throughout, because his absence would have been the first thing his master noticed. "You too." # speaker: Ru'afo
- else:
    "Android," he says softly, to the whole false room. "Or the captain. It hardly matters which." # speaker: Ru'afo
}
{ holoship_gambit.ruse.false_bridge:
    His eyes find you at the rail. "And you stood there watching me, Captain, as if I were the play." # speaker: Ru'afo
- else:
    He looks up at the gallery.
}
He says one word into the band at his wrist and is gone in a column of Son'a light, and the false bridge hums on around eleven bewildered officers.
{act5_gallatin_beside:"He keeps a transponder lock on the collector," Gallatin says. "I have the same code. He gave it me himself, in case he should ever need carrying."|"His beam went to the collector, sir," Data says. "I can follow it."} # speaker: {act5_gallatin_beside:Gallatin|Data}
-> set_out

= pursuit
{ act5_gambit:
- gambit_transporters:
    Ru'afo learns within the quarter hour what has become of his transporter room and his hold. He does not try to take them back. He goes to the collector, to fire it with his own hand.
    {not picard_captive:As soon as the last batch is away, Data beams down beside you.}
- gambit_failed:
    With every alarm on his flagship ringing, Ru'afo does not stay to learn what else has gone wrong. He goes to the collector, to fire it with his own hand.
- else:
    With the admiral's half of the launch key {dougherty_alive:withheld|gone with the admiral}, Ru'afo goes to the collector to fire it with his own hand.
}
You go after him in {act5_craft(true)}.
-> set_out

= set_out
* {act5_data_free()} [Take Data with you]
    "With you, sir," Data says, as if there had been some doubt. {artim_tagged && sona_flagship_secured:He has already found Artim among the freed captives and told him to wait.} # speaker: Data
    ~ act5_data_along = true
* {act5_data_free()} [{sona_flagship_secured:Leave Data to guard the freed captives|Leave Data with the others}]
    "Stay with them, Data. If this goes wrong, they'll need you more than I will." # speaker: Picard
    He does not argue; he is learning when an argument would only cost time. "Then I will be here when you come back," he says, which is not quite an answer. # speaker: Data
* {not act5_data_free()} [Go]
-
{ act5_gambit != gambit_ruse:
    -> approach
}
-> collector_interior

= approach
The collector grows in the forward port until it is the only thing in it.
* [Hail him as you come in]
    "Ru'afo. This is Picard. I'm coming aboard." # speaker: Picard
    A pause, and then, unmistakably, a laugh. "Do, Captain. I should hate to do this without an audience." The collector's guns track you all the way in and never fire. # speaker: Ru'afo
    ~ act5_hailed = true
* [Come in dark, under his guns]
    You kill every light on the board and come in low along the vanes, where the guns will have to look for you.
-
-> collector_interior

= collector_interior
{
- act5_gambit == gambit_ruse:
    You come out of the beam onto a gantry over nothing.
- act5_hailed:
    You set the {act5_craft(false)} down on a docking arm never meant for landing, watched all the way by guns that have been told to wait.
- else:
    The guns find you anyway, half a kilometre out. You come in with one engine gone and put down hard on a docking arm never meant for landing.
}
From inside, the collector is less a machine than a landscape: ribs of pale metal a hundred metres high, vanes folded like wings, and at the heart of it the injector, glowing the colour of the rings. {act5_gallatin_beside && act5_data_along:Gallatin and Data are beside you.|{act5_gallatin_beside:Gallatin is beside you, his rifle up.|{act5_data_along:Data is beside you, his head tilted toward the injector as if it had spoken.}}}
{ geordi_stays:
    The conduits along the nearest rib carry fresh Starfleet labels, lettered in yellow in a hand you know. Whatever else Geordi did for the project, he marked every line in here that could kill a technician.
}
Ru'afo stands at the manual station, the Federation's half of the key torn out of its housing and hanging by its cables. On the panel a count runs down: nine minutes.
"Captain. How loyal of you to come." His face is slipping at the jaw, and he has let it slip. "Do you know what I see when I look down at that world? A millpond, and a boy leaning over it, admiring what he saw. They took him from me. In nine minutes I shall have him back, and they shall have what I had. Time, and a mirror." # speaker: Ru'afo
{ troi_read_ruafo:
    It is what Deanna felt across his dinner table when the steward answered you: something older than anger. He has stopped troubling to hide it.
}
{
- evidence ? collector_projection:
    You know this machine from the projection: the injector, the regulator housing behind the third vane, the overload path.
- act5_data_along:
    "The regulator is behind the third vane, sir," Data says quietly. "If it is opened, the injector will overload." # speaker: Data
}
* [{act5_knows():Go for the regulator behind the third vane|Look for a way to overload the injector}]
    -> sabotage
* [Go for Ru'afo and the controls]
    -> grapple
* {act5_can_reach()} [Tell him who he was, and who is waiting # near: the-prodigal-return]
    -> reach
* {dougherty_alive && act5_standdown} [Lock him out with the admiral's code]
    -> arrest

= sabotage
~ act5_way = way_sabotage
{ act5_knows():
    You go straight to the third vane. The regulator comes away in your hands in one long pull, trailing light, and Ru'afo screams, not at you, at the machine.
    -> overload
}
You do not know this machine. The first housing you tear open is a coolant junction; it spits frost at you and nothing else, and Ru'afo laughs.
Above the injector a ring of lights begins to climb: the first ranging pulse, charging, to measure what is on the ground.
-> extra_try

= grapple
~ act5_way = way_fight
{
- act5_gallatin_beside:
    Gallatin reaches his master first and takes his wrists, not roughly. "Sir. Enough," he says, as you would speak to a man on a ledge. Ru'afo stares at him. Nobody has laid a hand on him without leave in a hundred years. # speaker: Gallatin
    It gives you the seconds you need. You rip the regulator line out from under the panel, and the injector's note begins to climb.
    -> overload
- act5_data_along:
    Data lifts Ru'afo away from the panel, carefully, as you would lift a child from a stove, and holds him while Ru'afo beats at his face. It gives you the seconds you need. You rip the regulator line out from under the panel, and the injector's note begins to climb.
    -> overload
}
Ru'afo is a great deal stronger than his face. He meets you at the panel with his shoulder, and you go down together on the grating, his fingers at your collar, the count running over your heads.
Above the injector a ring of lights begins to climb: the first ranging pulse, charging, to measure what is on the ground.
-> extra_try

= extra_try
{ secrets ? perfect_moment:
    -> moment_offered
}
-> pulse

= moment_offered
And then, with the pulse building and {act5_way == way_fight:the grating hard under your back|frost on your hands}, you feel it: a door in the side of the second, the one that opened in the dark of the cave with Anij's hand in yours.
* [Let the moment open]
    ~ act5_moment_used = true
    It opens. The ring of lights stops climbing. Ru'afo's mouth is open on a word that does not arrive. You have all the time there is, and you do not hurry: {act5_way == way_fight:you get up, and }you walk to the right housing, look at it properly, and take the regulator out.
    Then the second lets go of you, and the injector is shrieking, and the ranging pulse never fires.
    -> overload
* [Force your way through]
    You do not trust it. You put your head down and go at the machine the way you know, and the door swings shut before you reach it.
    -> pulse

= pulse
{
- act5_residual() > 0 && act5_sheltered:
    The ranging pulse goes out before you can stop it, a thin bright wash down through the rings, meant only to measure. In the hills it finds the village under stone, as you left them, and passes over.
- act5_residual() > 0:
    ~ act5_pulse = true
    ~ add_casualties(1)
    The ranging pulse goes out before you can stop it, a thin bright wash down through the rings, meant only to measure. In the hills an old man who has sat in the open all day, because he wanted to watch the sky, does not get up when it has passed.
- else:
    The ranging pulse goes out before you can stop it, and finds nobody: the valley is empty, and for once that is a mercy.
}
{act5_way == way_sabotage:You find the right housing on the second try and tear the regulator out with both hands.|You break his grip on the third try and rip the regulator line out from under the panel.}
-> overload

= overload
The injector's note climbs past hearing. Red light runs along the vanes like fire along a fuse.
But careful people built the collector, and its safeties are resetting the overload as fast as it builds. Someone has to hold the override lever down for ninety seconds, until the injector passes the point of no return. {act5_way == way_fight:Ru'afo picks himself up off the grating. He|Ru'afo} has understood this too, and has gone to his own panel to fight it.
-> beam_out

= reach
~ act5_way = way_reached
"Your name is in the chronicle," you tell him, "in a small, careful hand. After what you did, someone cut those pages out. They argued about it for a year, and then they sewed them back in, because a people who cut out the pages they dislike soon have no book at all." # speaker: Picard
"They wrote down every name, and every mother and father, so they would know whom they were waiting for. Maelin still keeps the eastern orchard, and a tree there nobody picks." You look at Gallatin. "He's going home to it. So can the rest of you." # speaker: Picard
+ [Give him time to answer]
-
The count runs down to seven minutes, and then to six. Ru'afo does not look at you. He looks at Gallatin, who has put down his rifle.
"Is it still there?" he asks at last, in a voice you have not heard him use. "The millpond." # speaker: Ru'afo
"It is," Gallatin says. "They have put a bench by it." # speaker: Gallatin
Ru'afo laughs, a small broken sound, and takes his hands off the panel. Then, because he is Ru'afo and must do the thing himself if it is to be done, he reaches under it and closes the bypass. The injector's glow begins, very slowly, to fade.
~ collector = stood_down
~ ruafo_fate = ruafo_redeemed
-> beam_out

= arrest
~ act5_way = way_arrested
You speak Dougherty's revocation code into the panel, twice, as he made you practise it. The bypass argues for a second and gives up: a torn-out key can be got round, but not one cancelled by the man who held it.
"You're under arrest, on the authority of Admiral Dougherty, who is alive, and has a great deal to say about you." # speaker: Picard
Ru'afo looks at the dead panel, and at the stand-down order scrolling on every channel in his own language. Then he sits down on the step under the injector, like a man waiting for a carriage. {command == resigned:"Arrested by a captain with no collar. How very modern."|"Arrested by a Starfleet captain. How very predictable."} # speaker: Ru'afo
~ collector = stood_down
~ ruafo_fate = ruafo_arrested
-> beam_out


=== beam_out ===
{ collector_stopped():
    -> quiet_return
}
{ riker_run == returned || act5_post_willing() || act5_will_reaches():
    -> lock_on
}
-> no_way_off

= quiet_return
{
- riker_run == returned:
    A ship comes up out of the gas below the rings, and it is yours. {core_ejected:She has no warp core; she has come all the way back on impulse and nerve.}
    {aboard(Riker):"Enterprise to the captain. You seem to have it in hand. Would you like a lift anyway?"|"Enterprise to the captain. Lieutenant Perim. We came back, sir. Would you like a lift?"} # speaker: {aboard(Riker):Riker|Perim}
- act5_post_willing():
    The observation post opens a channel, and a young, careful voice asks whether you would like to come home now. It is the lieutenant you left the operation to. She does not say whose orders she is following.
- act5_gallatin_beside:
    Gallatin calls the flagship, where his own troopers have the bridge, and orders the lockout lifted. The flagship's transporter finds you, and this time nobody holds the other end of it against you.
- else:
    The lockout lifts a quarter of an hour later, when the flagship's bridge finally believes what it is being told, and its transporter brings you home.
}
+ [Go]
-
-> aftermath

= lock_on
{
- riker_run == returned:
    The open channel crackles with a voice you have not heard in two days.
    { aboard(Riker):
        "Enterprise to Captain Picard. We have a lock on you. Say when." # speaker: Riker
    - else:
        "Enterprise to Captain Picard. Lieutenant Perim. We have a lock on you, sir. Say when." # speaker: Perim
    }
    { core_ejected:
        She has no warp core. She has come back on impulse and nerve, and she is the most beautiful thing you have ever seen.
    }
- act5_will_reaches():
    The open channel crackles, and the voice on it is Will's, from the admiral's side of the orbit, which turns out to be the nearest place to the collector that a starship can lawfully be. "Enterprise to Picard. I took your ship, sir. I never said I'd let you go down with this one. I have a lock. Say when." # speaker: Riker
- else:
    The open channel crackles, and the voice is young and careful and not at all what you expected. "Observation post to Captain Picard. I have a transporter lock on you, sir. I'm not supposed to. Say when." # speaker: Technician
    It is the lieutenant you left the operation to. Whatever she has logged tonight, it is not this.
}
You set your hand on the override and count aloud, for the channel. {act5_gallatin_beside || act5_data_along:Beside you, {act5_gallatin_beside:Gallatin|Data} waits for the beam without a word.} At his panel Ru'afo is counting too, in Son'a, backwards.
* (offered) [Call to Ru'afo to come with you]
    "Ru'afo! There's room in the beam. Leave it." # speaker: Picard
    He keeps his head down. His fingers move on the panel, fast and exact, trying to talk the injector down, and he is still trying when you reach ninety.
* [Keep counting, and say nothing]
    You say nothing. He would not have heard you, and you are not sure what you would have said.
-
At ninety you say the word, whatever it is; you will never remember. The collector's heart goes white, and the beam takes you out of it.
~ collector = collector_destroyed
~ ruafo_fate = ruafo_dead
-> aftermath

= no_way_off
{ riker_run:
- lost:
    There is no ship to call. The Enterprise is a burnt hull somewhere in the gas, and her crew are lights in lifepods.
- crippled:
    There is no ship to call. The Enterprise is adrift in the Briar Patch, without engines or a voice.
- message_sent:
    There is no ship to call. The Enterprise is beyond the nebula's edge, her message delivered, a long day away.
- else:
    {
    - command == relieved:
        There is no ship to call. Will has the Enterprise, beyond the gas, on the admiral's orders.
    - late_turn && act5_from_obey():
        There is no ship to call, and the observation post runs by the book, which has nothing in it about you.
    - else:
        There is no ship to call. The Enterprise was ordered out of the Briar Patch before any of this began.
    }
}
{act5_gambit == gambit_ruse:There is an escape pod on the gantry behind you, made for one officer and two at a pinch.|The {act5_craft(false)} is still on the docking arm, {act5_hailed:both engines whole|one engine gone and the other willing}.} Nobody who holds the override for ninety seconds will reach it in time.
{ act5_data_offer():
    Data's hand comes down over yours on the lever. "Sir. I can hold it. I would like to." # speaker: Data
    { secrets ? artim_play:
        "I told Artim once that I preferred the game to go on. I still do. It will go on better with you in it." # speaker: Data
    }
}
* [{act5_gallatin_beside || act5_data_along:Send the others away, and hold it yourself|Hold it yourself} # near: the-last-stand]
    -> stay
* {act5_data_offer()} [Let Data take the override # near: paradise-at-a-price]
    -> data_holds
* [Let go of the override and run # near: ashes-in-the-rings]
    -> flee

= stay
~ picard_fate = picard_dead
~ collector = collector_destroyed
~ ruafo_fate = ruafo_dead
{ act5_gallatin_beside:
    {secrets ? orchard_mother:"Gallatin. Go home. There is a tree at the end of the last row, and it's yours to pick."|"Gallatin. Go home. Someone down there has been waiting for you longer than I have been alive."} # speaker: Picard
    He looks at you, soldier to soldier, just long enough to be sure you mean it, and then he salutes, the Son'a way, a closed hand to the heart, and goes.
}
{ act5_data_along:
    "Data, {act5_gallatin_beside:go with him|take the {act5_gambit == gambit_ruse:pod|{act5_craft(false)}}}. That is an order, and I think it will be the last one I give you, so humour me." # speaker: Picard
    "Yes, sir." He does not move for a second longer than he should, and then he does. # speaker: Data
}
You settle your weight on the lever. At his panel Ru'afo looks up and understands, and you are two old men under the same light. The collector's note climbs around you, and you hold it.
-> finale

= data_holds
~ data_state = destroyed
~ collector = collector_destroyed
~ ruafo_fate = ruafo_dead
You take your hand from the lever, and his takes its place, steady as a clamp.
{secrets ? artim_play:"Tell Artim I moved," Data says. "He will know what I mean."|"Go, sir. You are keeping me from my work." It may be a joke. You will never be sure.} # speaker: Data
You go. {act5_gambit == gambit_ruse:{act5_gallatin_beside:Gallatin pulls you into the pod behind him.|You fold yourself into the pod and fire it.}|You push {act5_hailed:both engines|the one engine} as hard as {act5_hailed:they|it} will go.} Behind you the collector comes apart in silence, vane by vane, and the rings light it from below.
-> aftermath

= flee
~ collector = fired
You let go. The lever springs up under your palm, and with a sound almost like relief the safeties swallow the overload. {act5_gallatin_beside || act5_data_along:You run, and {act5_gallatin_beside && act5_data_along:they run|{act5_gallatin_beside:Gallatin runs|Data runs}} with you.|You run.}
Behind you Ru'afo's hands move over his panel, and the collector accepts them. As the {act5_gambit == gambit_ruse:pod|{act5_craft(false)}} drops clear, the injector fires, and far below, the rings begin to burn.
-> finale


// ================================================================ after

=== aftermath ===
{ ruafo_fate:
- ruafo_dead:
    Nothing of Ru'afo comes out of the wreckage. {beam_out.lock_on.offered:He was still at his panel when you called to him, and never turned his head.}
- ruafo_arrested:
    Ru'afo goes down to his own brig under guard, upright and unattended, his face going at the jaw. {dougherty_alive:Dougherty meets him at the door, and neither of them speaks.}
- ruafo_redeemed:
    Ru'afo does not go back to the flagship. He sits on the collector's deck with his back against a vane and his face unattended, and when Gallatin brings a shuttle round he sits a good while longer before he chooses to get in.
}
{ gallatin.spring.invited && (ruafo_fate == ruafo_redeemed || sona_flagship_secured):
    Before the light goes, Gallatin walks down alone to the cave under the red cliff and kneels at the spring. Whatever he learns about the cold, he keeps to himself.
}
{ act5_moment_used:
    Of the last ninety seconds above the rings you will remember almost nothing. Of the one second before them, you remember everything.
}
{ act5_pulse:
    Before dark the Ba'ku carry the old man down from the hills to his own house.
}
{
- sona_flagship_secured:
    In the first hour the last of the captives come down into the fields above the village in small, quiet knots and walk home through the orchards.
- baku_taken > 0 && act5_from_obey():
    {baku_taken} of the village are still asleep aboard the holoship, a day's flight toward a world without rings, and nobody has yet told it to turn round.
- baku_taken > 0:
    Within the hour the flagship breaks orbit without its master and is gone into the gas, with {baku_taken} Ba'ku still in its hold.
}
{ dougherty_alive && not act5_from_obey():
    Dougherty is on the Starfleet channel before you land, asking for you by name and reading the annex aloud to anyone who will listen.
}
{ act5_gambit == gambit_failed && data_state != destroyed:
    Data is found in a Son'a cell, stunned and annoyed, and the first thing he asks for is the count.
}
{ act5_promised_artim:
    {
    - data_state == destroyed && act5_data_along:
        You promised Artim that Data was coming. {secrets ? artim_play:You have a message to carry down to him instead, three words long.|Now you will have to tell him why he did not.}
    - sona_flagship_secured && data_state != destroyed:
        Data keeps your promise for you. He is in the fields when Artim comes down, and the boy runs the last part.
    }
}
{ data_state == destroyed && act5_data_along:
    The {act5_gambit == gambit_ruse:pod|{act5_craft(false)}} comes down in the meadow below the village. You sit in it a while before you open the hatch.
}
+ [Walk down into the village]
-
-> epilogue_choice


=== epilogue_choice ===
{ act5_residual() == 0:
    By evening you are back in the village. Nobody has lit the lamps. You light one in the square yourself, because it is dark, and because someone should.
- else:
    By evening you are in the village. Somebody has lit the lamps in the square, not for a celebration, only because it is dark, and the Ba'ku are doing the ordinary evening things: water from the well, bread, children called in.
    { baku_warning:
    - warned_everything:
        Sojef has brought the chronicle out to the well and is writing in it by lamplight: everything you told the council by the fire, the ship in the lake and the copy of the square, so that nobody born here will ever have to hear it first from a stranger.
    - warned_hills:
        Sojef has brought the chronicle out to the well and is writing in it by lamplight: that the village went up into the hills on a stranger's word, with no reason given. He has left a space after it for the reason.
    - warned_phasers:
        Sojef has brought the chronicle out to the well and is writing in it by lamplight: that weapons were offered to the village, and by whom, and that the village said no.
    - warned_asked:
        Sojef has brought the chronicle out to the well and is writing in it by lamplight: that the village went up into the hills because it chose to. Your name is not in the sentence, and you find you are glad of it.
    }
}
{ cave_choice != () && anij_bond >= 3:
    -> anij_step ->
}
{riker_run == returned:Somewhere overhead the Enterprise holds orbit, waiting to know what you will do.|Starfleet is coming, slowly, the way it always comes. There will be a ship for you in a day or two, if you want one.}
* [{riker_run == returned:Go back aboard the Enterprise|Wait for the ship that will take you home}]
    -> finale
* {act5_can_stay()} [Stay, and let the ship go without you # near: the-long-moment]
    ~ stay_with_baku = true
    -> finale

= anij_step
Anij is sitting on the step of the house by the mill, her splinted leg out in front of her. She does not get up. She moves over, a little, on the step.
* [Sit down beside her]
    You sit. The step is still warm from the day. She asks you nothing, and after a while you notice you have stopped waiting to be asked.
    ~ bond(1)
* [Go and find Sojef first]
    "Later," you tell her, and the word seems to amuse her. # speaker: Picard
    You find Sojef at the well and tell him everything that happened above the rings, and he hears all of it without once interrupting.
    ~ trust(5)
-
->->


// ================================================================ helpers (read only)

// Villagers not taken: still in the hills, or never found.
=== function act5_residual()
~ return 600 - baku_taken

// An officer on the planet, with Picard, and still willing to be.
=== function act5_with(who)
{ not on_planet(who):
    ~ return false
}
{ who == Data && is_one_of(data_state, (destroyed, impounded)):
    ~ return false
}
~ return loyalty_of(who) >= 25

// Data with Picard and not lying stunned in a Son'a corridor.
=== function act5_data_free()
~ return act5_with(Data) && act5_gambit != gambit_failed

// The obey route: the captives went into the holoship, not the flagship.
=== function act5_from_obey()
~ return transfer_manner != ()

// How Picard calls out of the hills.
=== function act5_comm()
{
- not late_turn:
    ~ return "your communicator"
- act5_with(Data):
    ~ return "Data's communicator"
- act5_with(Troi):
    ~ return "Deanna's communicator"
}
~ return "the tricorder on your belt, on the emergency band,"

// What Picard flies to the collector: a Son'a runabout from the flagship's bay, the
// observation post's shuttle on the late route, or a Son'a shuttle from the plateau.
=== function act5_craft(with_article)
{
- picard_captive:
    ~ return "{with_article:a Son'a }runabout"
- late_turn:
    ~ return "{with_article:the observation post's }shuttle"
}
~ return "{with_article:a Son'a }shuttle"

// Data can run the holoship ruse alone (V C1 without Gallatin).
=== function act5_data_ruse()
~ return act5_with(Data) && loyalty_data >= 75

// V C1: the holoship, time to dress it, and someone aboard the flagship to spring it.
=== function act5_ruse_open()
{ not (evidence ? holoship) || collector_launch.late_launch_turn || not act5_channel || hours >= 20:
    ~ return false
}
{ hours >= 17 && gallatin_turn < 4:
    ~ return false
}
~ return gallatin_turn >= 3 || act5_data_ruse()

// Picard knows where the collector's regulator is.
=== function act5_knows()
~ return evidence ? collector_projection || act5_data_along

// V D3: the reach for Ru'afo.
=== function act5_can_reach()
~ return secrets ? schism_record && secrets ? orchard_mother && gallatin_turn >= 4 && act5_gallatin_beside && baku_trust >= 60

// The late route's way off: the observation post's lieutenant, unless the transfer was run by the book.
=== function act5_post_willing()
~ return late_turn && act5_from_obey() && transfer_manner != transfer_by_book

// A relieved Picard (Act III): Riker kept the Enterprise at the admiral's side, in transporter range of
// the collector, and reaches for him unless he is estranged. Opens a-house-divided without an echo.
=== function act5_will_reaches()
~ return command == relieved && loyalty_riker >= 25

// V E2: Data offers to take Picard's place.
=== function act5_data_offer()
~ return act5_data_along && data_state != destroyed && ((loyalty_data >= 75 && secrets ? artim_play) || data_volunteers)

// V F2: staying with the Ba'ku.
=== function act5_can_stay()
~ return secrets ? perfect_moment && anij_bond >= 4 && defected() && collector != fired && picard_fate == picard_alive
