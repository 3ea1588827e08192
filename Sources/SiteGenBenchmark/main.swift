print("sitegen-bench: not written yet")
