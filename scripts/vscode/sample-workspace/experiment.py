# Put a cursor after each "=" below and run "Seeded Random: Insert Random Values…".
# The values equal np.random.seed(101); np.random.randint(1, 10, size=5) for randint(1, 10).
trial_1 = 
trial_2 = 
trial_3 = 
trial_4 = 
trial_5 = 

weights = [, , ]   # three cursors on one line work too
