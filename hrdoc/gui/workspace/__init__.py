"""A case's workspace: the shell (navigation, New / Edit / Delete) and its pages."""
