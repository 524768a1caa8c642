"""Solve an LP-format model with HiGHS (highspy) and print 'seconds objective'.

Used only by fundplan-bench to compare CBC's answer and time with another exact solver.
"""
import sys
import time

import highspy

h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("threads", 1)
if h.readModel(sys.argv[1]) != highspy.HighsStatus.kOk:
    sys.exit(f"cannot read {sys.argv[1]}")
start = time.perf_counter()
h.run()
elapsed = time.perf_counter() - start
print(f"{elapsed:.6f} {h.getInfo().objective_function_value:.6f}")
