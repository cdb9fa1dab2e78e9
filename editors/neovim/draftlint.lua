-- draftlint's language server for Markdown, plain text and HTML, in Neovim 0.7 and later.
-- Copy this into init.lua, or keep the file and write: dofile("/path/to/draftlint.lua")
-- On 0.8+ it calls vim.lsp.start; before, vim.lsp.start_client and buf_attach_client
-- (deprecated since 0.11, hence the two ways). The tests run it on 0.7.
local filetypes = { "markdown", "text", "html" }
local client_id = nil -- before 0.8: one server for the whole session, the models load once

-- The folder of the nearest .draftlint.toml, else of the git repository, else of the file.
local function root_dir(bufnr)
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":p:h")
  local config = vim.fn.findfile(".draftlint.toml", dir .. ";")
  if config ~= "" then
    return vim.fn.fnamemodify(config, ":p:h")
  end
  local git = vim.fn.finddir(".git", dir .. ";")
  if git ~= "" then
    return vim.fn.fnamemodify(git, ":p:h:h")
  end
  return dir
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = filetypes,
  callback = function(args)
    if vim.lsp.start ~= nil then -- 0.8+: reuses the client of the same name and root
      vim.lsp.start({
        name = "draftlint",
        cmd = { "draftlint", "server" },
        root_dir = root_dir(args.buf),
      })
      return
    end
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client({
        name = "draftlint",
        cmd = { "draftlint", "server" },
        root_dir = root_dir(args.buf),
      })
    end
    if client_id ~= nil then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
