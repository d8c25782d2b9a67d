"""The tools the model sees, one module per concept: catalog reads, cart, checkout (prepare only),
orders, price watches, and the plan tools. The shared machinery is shopagent.agent.toolkit.

Kept empty so that importing one tool module does not build every tool's argument model."""
