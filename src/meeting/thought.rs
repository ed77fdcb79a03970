//! A thought: id, text, step, question; trimming and length checks. (to be written)
