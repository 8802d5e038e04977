"""Completion state of each step, computed from the workspace's data (never stored)."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from core import team
from core.goals.plan import goals_state
from core.inventory import review
from core.selection import pool as selection_pool
from core.steps import STEPS, StepState
from core.workspace import Workspace

StateFunction = Callable[[Session], StepState]

STATE_FUNCTIONS: dict[str, StateFunction] = {
    "team": team.team_state,
    "inventory": review.inventory_state,
    "goals": goals_state,
    "selection": selection_pool.selection_state,
}


def step_states(workspace: Workspace) -> dict[str, StepState]:
    with workspace.session() as session:
        return {
            step.key: STATE_FUNCTIONS[step.key](session)
            if step.key in STATE_FUNCTIONS
            else StepState.NOT_STARTED
            for step in STEPS
        }
