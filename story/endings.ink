// endings.ink: the thirteen endings. finale picks one with choose_ending() (state.ink).

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

=== ending_the_quiet_report ===
The report is filed. # ending: the-quiet-report
-> END

=== ending_relocation ===
The Ba'ku are moved. # ending: relocation
-> END

=== ending_ashes_in_the_rings ===
The rings burn. # ending: ashes-in-the-rings
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
