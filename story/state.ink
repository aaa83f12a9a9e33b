// state.ink: every variable the story keeps, and the only functions that change them.
// The engine reads these names (see src/engine/state.ts); renaming one is a breaking change.
// Ink has no unary plus: write loyalty(Worf, 10), never loyalty(Worf, +10).

// ---------------------------------------------------------------- the crew
LIST Crew = Data, Riker, LaForge, Worf, Troi, Crusher

// Each officer's trust in Picard, 0-100. Tiers: estranged < 25 <= wavering < 50 <= loyal < 75 <= devoted.
VAR loyalty_data = 60      // fond, but his trust is earned and specific
VAR loyalty_riker = 75     // a long partnership
VAR loyalty_laforge = 70   // warm, with a personal stake in the harvest
VAR loyalty_worf = 65      // dutiful, sceptical of anything that looks like weakness
VAR loyalty_troi = 70      // trusting, and alert to dishonesty
VAR loyalty_crusher = 70   // loyal, and the first to say you are wrong

// ------------------------------------------------------ the Prime Directive
// What Picard does: the Ba'ku's right to choose their own course. breached is final.
LIST PrimeDirective = upheld, strained, breached
VAR prime_directive = upheld
VAR pd_strain = 0          // strains so far; three make a breach
VAR pd_reaffirmed = false  // the one reaffirmation a run allows has been spent
// What Picard has said the Directive means. It may change once after the first declaration.
LIST Stance = unspoken, letter, spirit
VAR pd_stance = unspoken
VAR pd_stance_changes = 0

// ---------------------------------------------------------- command and fates
LIST Command = captain, obeying, covert, resigned, mutinous, relieved
VAR command = captain
VAR late_turn = false          // obeyed, then turned (Act IV-O); opens the-eleventh-hour
VAR covert_discovered = false  // a covert Picard unmasked when sona_alert reached 60
LIST DataState = malfunctioning, damaged, restored, impounded, destroyed
VAR data_state = malfunctioning
LIST CollectorState = idle, deployed, fired, collector_destroyed, stood_down
VAR collector = idle
LIST RuafoFate = ruafo_free, ruafo_dead, ruafo_arrested, ruafo_redeemed
VAR ruafo_fate = ruafo_free
LIST PicardFate = picard_alive, picard_dead
VAR picard_fate = picard_alive
LIST RikerRun = not_started, message_sent, returned, crippled, lost
VAR riker_run = not_started
LIST RikerOrder = at_all_costs, come_back, spare_the_ship
VAR riker_order = ()
LIST Signature = signed_captain, signed_citizen, unsigned
VAR signature = signed_citizen

// --------------------------------------------------------- what Picard holds
LIST Evidence = data_wound, data_memory, holoship, relocation_orders, isolytic_arms, ketracel, servitude, collector_projection, sealed_authorization, dougherty_admission
VAR evidence = ()        // proof in hand
VAR evidence_sent = ()   // proof that went out in the message packet
// Secrets are recorded in the player's profile and come back as echoes in later runs.
LIST Secrets = schism_record, orchard_mother, sona_genome, perfect_moment, face_chamber, kelbonite, metreon, in_situ, artim_play
VAR secrets = ()

// ------------------------------------------------------------------ meters
VAR baku_trust = 20        // 0-100: the Ba'ku's trust in Picard
VAR sona_alert = 10        // 0-100: how closely Ru'afo is watching
VAR standing = 80          // 0-100: Starfleet's view of Picard
VAR dougherty_doubt = 0    // 0-5: how far the admiral's certainty has cracked
VAR dougherty_alive = true
VAR gallatin_turn = 0      // 0-5: how far Gallatin has turned
VAR anij_bond = 0          // 0-5
VAR hours = 0              // 0-24: the Son'a schedule (shown, never with its thresholds)
VAR baku_taken = 0         // 0-600: villagers tagged and beamed away
VAR casualties = 0         // 0-100: deaths on the Federation and Ba'ku side
VAR declines = 0           // times Picard chose not to dig (two open the quiet report)

// ------------------------------------------------------------------- flags
VAR picard_captive = false
VAR force_on_starfleet = false
VAR sona_flagship_secured = false
VAR stay_with_baku = false
VAR planet_team = ()       // Crew who go down to the Ba'ku (Act III)
VAR ship_team = ()         // Crew who sail with the Enterprise (Act III)
VAR shuttle_partner = ()   // the officer who flew with Picard to stop Data (Act I)
VAR data_heard = false     // Picard asked Data why, and listened (Act I)
VAR eshen_met = false      // the Ellora steward spoke to Picard aboard the flagship (Act I)

// Act I
VAR sona_gunships = false  // Dougherty's Son'a escort flies with the shuttle (I A1)
VAR worf_sang = false      // Worf sang with Picard to reach Data (I C1)
// How Picard took Ru'afo's measure aboard the flagship (I D); Act V reads it for Ru'afo's first line to a captive Picard.
LIST RuafoMeasure = ruafo_courted, ruafo_probed, ruafo_snubbed
VAR ruafo_measure = ()
// How Picard first met the Ba'ku (I E): as himself, under a survey cover story, or beaming past them. Acts II-III may let Sojef or Anij recall it.
LIST BakuIntro = intro_honest, intro_cover, intro_skipped
VAR baku_intro = ()
VAR troi_read_ruafo = false  // Troi felt Ru'afo's old, banked rage when Picard probed him (I D2); Picard recalls it facing him at the collector (V collector_race)
VAR lake_rumour = false      // Picard pressed Ensign Tobry about the lake's sealed eastern arm, which Data went to look at (I observers_returned); Act II lake_dive may read it
VAR troi_read_dougherty = false  // Picard asked Troi what she sensed from Dougherty aboard the flagship (I sona_flagship); it opens his question on the walk back, and later acts may recall it
VAR promised_data_memory = false // Picard promised Data to find his missing days (I data_first_words); kept or broken in II data_diagnostic, recalled in IV artim_and_data and paradise-preserved
// Act II
LIST Afternoon = afternoon_orchard, afternoon_chronicle, afternoon_shoreline
VAR afternoon = ()            // the first afternoon Picard spent (II B, mutually exclusive); later acts may recall it
VAR promised_data_back = false // Picard told an impounded Data he would bring him back (II A3); Act III assignments may honour it
VAR symptoms_reported = false // Picard sent the crew's ring symptoms to Dougherty (II C1); Act III talk_crusher
VAR geordi_sunrise = false    // Picard sat with La Forge at his first sunrise (II C3); Act III talk_laforge
VAR lake_partner = ()         // the officer who dived the lake with Picard (II lake_dive); () if he never dived
VAR lake_refused = false      // Picard left the lake to the survey teams and never found the holoship (a decline)
VAR holoship_reported = false // Picard reported the holoship routinely (II D3): Dougherty knows he has seen it
LIST Confrontation = argued_spirit, argued_evidence, feigned_acceptance, accepted_reading
VAR confrontation = ()        // how Picard answered Dougherty (II E); Act III the_choice reads accepted_reading
VAR troi_at_confrontation = false // Troi came to the flagship and read Dougherty (II E)
VAR feint_untold = false      // Picard feigned acceptance and has not told Troi (II E3); Act III may let him tell her
VAR wound_certified = false   // Beverly signed Data's wound scan into the medical log under her name (II A or debris); collector_briefing and argue_evidence read it
VAR artim_truth = false       // Picard told Artim plainly what became of Data (II return_to_the_village); first_afternoon, chronicle and act2_close read it
VAR isolytic_sealed = false   // Worf's scan of the Son'a ships went into a sealed log, Picard's and Worf's eyes only (II sona_scan); act2_close reads it, Act III may
// Act III
VAR act3_struck_name = false  // Picard struck his own name off Dougherty's treatment list (III ready_room_alone); talk_laforge, talk_crusher, obey_briefing; endings may recall it
VAR data_reclaimed = false    // Picard demanded an impounded Data back (III recall_order or assignments, standing -10); data_state is restored from then on
VAR geordi_stays = false      // La Forge left the Enterprise for the Son'a collector project (III); the IV tear interlude, V collector_launch and collector_race
VAR unbidden = ()             // the officer Picard did not visit who acted on their own before the choice (III act3_unbidden); Act III reads it, later acts may recall it
LIST BakuWarning = warned_everything, warned_hills, warned_phasers, warned_asked
VAR baku_warning = ()         // how Picard warned the Ba'ku council (III warning_the_baku, E1-E4); IV night_evacuation, V epilogue_choice (Sojef's chronicle)
VAR eshen_shielded = false    // Picard kept Eshen's account out of the message packet to protect him (III message_packet); V flagship_brig, court-martial, paradise-preserved
// Act IV
VAR act4_tag_start = 10        // hour the Son'a began tagging: 10, or 8 if sona_alert was 60+ as Act IV opened
VAR act4_tagged_early = 0      // villagers tagged before the evacuation began (Act IV entry); Act V may count them
VAR act4_armed = false         // Picard carries a phaser in the hills (IV night_evacuation); read at drone_tags, sona_landing
LIST WorfTargets = targets_drones, targets_technicians, targets_anything
VAR worf_targets = ()          // Worf's rules of engagement before the march (IV F); () if Worf was not on the planet
VAR worf_fired_unbidden = false // Worf (below 40) fired on a Son'a patrol without leave (IV F3 by his own hand)
LIST March = march_column, march_groups, march_stand
VAR march = ()                 // how the village marched (IV A); Act V flagship_brig (whom Picard finds aboard)
VAR artim_tagged = false       // Artim was tagged and taken to the flagship (IV B2 without Worf's cover); Act V
VAR data_volunteers = false    // Data chose his own post (IV B3); he will offer himself at the collector (Act V collector_race)
LIST RovekFate = rovek_treated, rovek_questioned, rovek_shield
VAR rovek = ()                 // what Picard did with the captured trooper (IV C); Act V hills_at_dawn (his communicator) and gallatin
LIST CaveChoice = cave_carried_anij, cave_dug_out_others, cave_stayed_with_anij
VAR cave_choice = ()           // the cave-in (IV D); Act V and endings (Anij's injury, who was lost)
VAR wounded = ()               // the officer wounded in the fight at the caves (IV E2); Act V and endings
VAR gallatin_bargain = false   // Picard gave himself up to Gallatin on terms (IV E3); Act V flagship_brig
VAR core_ejected = false       // the Enterprise ejected and blew its warp core to seal the tear (interlude_subspace_tear)
VAR gas_trap = false           // Riker's gas trap was sprung on the Son'a pursuers (interlude_metreon)
LIST TransferManner = transfer_humane, transfer_by_book, transfer_slow
VAR transfer_manner = ()       // how Picard ran the transfer (IV-O A); Act V transfer_complete, ending relocation
LIST DataObjection = data_grounded, data_gone, data_followed, data_silent
VAR data_objection = ()        // Data's objection on the obey route (IV-O B); ending relocation (grounded or gone)
VAR sojef_told = false         // Picard told Sojef the truth aboard the holoship (IV-O C2, C3); relocation, eleventh-hour
VAR act4_baku_dead = 0         // Ba'ku killed in the hills (IV); the head count is 600 - baku_taken - this (act4_baku_left()); Act V may read it
VAR act4_rovek_spring = false  // Picard asked Ro'vek about the cold spring (IV C1 by hand); Gallatin mentions it at the landing; Act V gallatin may too
LIST MomentFocus = focus_drop, focus_flame, focus_breath
VAR act4_moment_focus = ()     // what Picard watched in the slowed moment (IV D3): () unless he stayed; Act V collector_race may recall it
// Act V
LIST Act5Message = msg_parley, msg_rovek, msg_children
VAR act5_message = ()          // what Eshen carried to Gallatin under the water flask (V flagship_brig); Gallatin's first words in V gallatin
VAR act5_counted = false       // Picard timed the brig guards' changes (V flagship_brig); how he gets out in V holoship_gambit
VAR act5_channel = false       // Picard can speak to Gallatin: from the brig, or by Ro'vek's communicator in the hills (V); gallatin, holoship_gambit
VAR act5_kept_truth = false    // Picard kept what the Son'a are for Dougherty instead of saying it aloud (V origin_revealed); dougherty_turns
VAR act5_standdown = false     // a living Dougherty ordered every Federation and Son'a vessel to stand down (V dougherty_turns); opens the arrest at the collector
VAR act5_appeals = 0           // appeals made to Gallatin so far (V gallatin); the scene's exit
LIST Act5Gambit = gambit_ruse, gambit_transporters, gambit_failed, gambit_skipped
VAR act5_gambit = ()           // what became of the gambit for the flagship (V holoship_gambit); collector_race, aftermath; endings may read it
VAR act5_gallatin_beside = false // Gallatin went to the collector with Picard, which he does only when the ruse worked with him (V); the reach for Ru'afo
VAR act5_data_along = false    // Data went to the collector with Picard (V collector_race); the sabotage, and his offer to take Picard's place
LIST Act5Way = way_sabotage, way_fight, way_reached, way_arrested
VAR act5_way = ()              // how Picard met Ru'afo at the collector's panel (V collector_race); the overload and the ranging pulse there; endings may read it
VAR act5_moment_used = false   // Picard slowed the moment at the collector, as Anij taught him (V D4); aftermath; endings may recall it
VAR act5_pulse = false         // the collector's ranging pulse fired while Picard fought for it, and one of the Ba'ku died in the open (V); aftermath
VAR act5_footnote = false      // obey route: Picard wrote his own line on the completion report's first page (V transfer_complete); collector_launch
VAR act5_sheltered = false     // Picard took the people in the hills up under the rocks, at the cost of an hour (V hills_at_dawn); the ranging pulse in V collector_race
VAR act5_promised_artim = false // Picard promised a captive Artim that Data was coming (V flagship_brig); aftermath
VAR act5_hailed = false        // Picard hailed Ru'afo on the way in, and the collector's guns held their fire (V collector_race); the shuttle's engines at the end
VAR act5_shore = false         // obey route: Picard watched the holoship leave from the lake shore (V transfer_complete); collector_launch

// ------------------------------------------------------------------ echoes
// Set by the engine from the player's profile before the first line of a run.
// In Inky or plain inkjs they stay false: the story plays as a first run.
VAR echo_orchard_mother = false
VAR echo_schism_record = false
VAR echo_sona_genome = false
VAR echo_in_situ = false
VAR echo_perfect_moment = false
VAR echo_face_chamber = false
VAR runs_completed = 0

// ============================================================== functions

// `a ? (x, y)` means "a contains x AND y". To ask "a is one of x, y", intersect.
=== function is_one_of(value, options)
~ return LIST_COUNT(value ^ options) > 0

=== function clamp(x, lo, hi)
~ return MAX(lo, MIN(hi, x))

// Move an officer's loyalty. A destroyed Data is beyond reach: the call does nothing.
=== function loyalty(who, delta)
{ who:
- Data:
    { data_state != destroyed:
        ~ loyalty_data = clamp(loyalty_data + delta, 0, 100)
    }
- Riker: ~ loyalty_riker = clamp(loyalty_riker + delta, 0, 100)
- LaForge: ~ loyalty_laforge = clamp(loyalty_laforge + delta, 0, 100)
- Worf: ~ loyalty_worf = clamp(loyalty_worf + delta, 0, 100)
- Troi: ~ loyalty_troi = clamp(loyalty_troi + delta, 0, 100)
- Crusher: ~ loyalty_crusher = clamp(loyalty_crusher + delta, 0, 100)
}

// Move every officer at once (Act I C4).
=== function loyalty_all(delta)
~ loyalty(Data, delta)
~ loyalty(Riker, delta)
~ loyalty(LaForge, delta)
~ loyalty(Worf, delta)
~ loyalty(Troi, delta)
~ loyalty(Crusher, delta)

=== function loyalty_of(who)
{ who:
- Data: ~ return loyalty_data
- Riker: ~ return loyalty_riker
- LaForge: ~ return loyalty_laforge
- Worf: ~ return loyalty_worf
- Troi: ~ return loyalty_troi
- Crusher: ~ return loyalty_crusher
}
~ return 0

// ---- the Prime Directive

// A cover story, a decision taken for the Ba'ku, the holoship hidden from them.
=== function strain_prime_directive()
{ prime_directive != breached:
    ~ pd_strain++
    ~ prime_directive = strained
    { pd_strain >= 3:
        ~ prime_directive = breached
    }
}

// Arming them against their will, using people as shields, running the forced transfer.
=== function breach_prime_directive()
~ prime_directive = breached

// The Ba'ku decide for themselves and Picard abides by it. Once a run, never after a breach.
=== function reaffirm_prime_directive()
{ prime_directive == strained && not pd_reaffirmed:
    ~ prime_directive = upheld
    ~ pd_strain = 0
    ~ pd_reaffirmed = true
}

// What Picard says aloud. The first declaration is free; one change is allowed after it.
=== function declare_stance(s)
{
- pd_stance == unspoken:
    ~ pd_stance = s
- pd_stance != s && pd_stance_changes == 0:
    ~ pd_stance_changes = 1
    { s == spirit:
        // a conversion
        ~ loyalty(Troi, 10)
        ~ loyalty(Crusher, 10)
        ~ doubt(1)
    - else:
        // a capitulation
        ~ loyalty(Data, -10)
        ~ loyalty(Troi, -10)
        ~ loyalty(Crusher, -10)
    }
    ~ pd_stance = s
}

// ---- meters

=== function pass_time(n)
~ hours = clamp(hours + n, 0, 24)

// Negative deltas lower the alert. Reaching 60 unmasks a covert Picard, once.
=== function raise_alert(delta)
~ sona_alert = clamp(sona_alert + delta, 0, 100)
~ check_cover()

=== function check_cover()
{ command == covert && sona_alert >= 60 && not covert_discovered:
    ~ covert_discovered = true
    ~ shift_standing(-30)
}

=== function trust(delta)
~ baku_trust = clamp(baku_trust + delta, 0, 100)

=== function shift_standing(delta)
~ standing = clamp(standing + delta, 0, 100)

=== function doubt(delta)
~ dougherty_doubt = clamp(dougherty_doubt + delta, 0, 5)

=== function turn_gallatin(delta)
~ gallatin_turn = clamp(gallatin_turn + delta, 0, 5)

=== function bond(delta)
~ anij_bond = clamp(anij_bond + delta, 0, 5)

// Negative counts bring villagers home.
=== function take_baku(n)
~ baku_taken = clamp(baku_taken + n, 0, 600)

=== function add_casualties(n)
~ casualties = clamp(casualties + n, 0, 100)

=== function decline()
~ declines++

=== function gain_evidence(e)
~ evidence += e

=== function find_secret(s)
~ secrets += s

=== function set_command(c)
~ command = c
~ check_cover()

// ---- derived

=== function defected()
~ return is_one_of(command, (covert, resigned, mutinous)) || late_turn

// Defected, or relieved and gone down alone: the run is a rebellion either way.
=== function rebelled()
~ return defected() || command == relieved

=== function collector_stopped()
~ return is_one_of(collector, (collector_destroyed, stood_down))

=== function on_planet(who)
~ return planet_team ? who

=== function aboard(who)
~ return ship_team ? who

=== function estranged_count()
~ temp n = 0
{ loyalty_data < 25 && data_state != destroyed:
    ~ n++
}
{ loyalty_riker < 25:
    ~ n++
}
{ loyalty_laforge < 25:
    ~ n++
}
{ loyalty_worf < 25:
    ~ n++
}
{ loyalty_troi < 25:
    ~ n++
}
{ loyalty_crusher < 25:
    ~ n++
}
~ return n

=== function dougherty_testifies()
~ return dougherty_alive && dougherty_doubt >= 4

// How strong a case reaches the Federation Council. Nothing reaches it unless
// Riker's message got out or the admiral lives to testify.
=== function council_case()
~ temp got_out = is_one_of(riker_run, (message_sent, returned))
{ not got_out && not dougherty_testifies():
    ~ return 0
}
~ temp n = 0
{ got_out:
    ~ n = LIST_COUNT(evidence_sent)
    { signature == signed_captain:
        ~ n++
    }
    { signature == unsigned:
        ~ n--
    }
}
{ dougherty_testifies():
    ~ n += 2
}
{ pd_stance == spirit:
    ~ n++
}
~ return n

// The first match wins (story bible 5.2). the-quiet-report leaves Act II directly.
=== function choose_ending()
{
- command == obeying && not late_turn:
    ~ return "relocation"
- rebelled() && collector == fired:
    ~ return "ashes-in-the-rings"
- picard_fate == picard_dead && collector == collector_destroyed:
    ~ return "the-last-stand"
- late_turn:
    ~ return "the-eleventh-hour"
- baku_taken >= 300 && not sona_flagship_secured:
    ~ return "the-empty-village"
- data_state == destroyed:
    ~ return "paradise-at-a-price"
- command == relieved || estranged_count() >= 3:
    ~ return "a-house-divided"
- stay_with_baku:
    ~ return "the-long-moment"
- ruafo_fate == ruafo_redeemed:
    ~ return "the-prodigal-return"
- dougherty_testifies() && secrets ? in_situ && evidence ? collector_projection && council_case() >= 5 && prime_directive != breached && baku_trust >= 70 && collector_stopped():
    ~ return "the-fountain-shared"
- force_on_starfleet || council_case() < 3 || standing < 30:
    ~ return "court-martial"
- else:
    ~ return "paradise-preserved"
}
