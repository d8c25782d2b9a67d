from shopagent.cli.main import run

run()
