"""Serving other agents: UCP-named tools over MCP and ACP-shaped checkout sessions over HTTP.

`tools.py` defines each tool once (typed functions, like the local model's tools); `mcp_server.py` and
`http_app.py` expose them. `checkouts.py` holds the one rule that matters most: a remote agent's word is
never consent, so completing a checkout needs a covering mandate or the human's `checkout approve`.
FastAPI, uvicorn and the MCP SDK are imported only by the transport modules.
"""
